// Emission factors are data (policies/factors/*.json): each value with its unit, year, region and source. These
// schemas check the shipped tables when they are loaded and a pack's overrides when the pack is parsed.
import { z } from 'zod';
import { CITATION_BASES, WORDINGS } from '../vocabulary.js';

const text = (max: number) => z.string().min(1).max(max);
const bilingual = z.object({ zh: text(2000), en: text(2000) }).strict();

/** Digits a factor may have (kg CO2e per unit): with an amount's digits every product and sum stays exact. */
export const FACTOR_INTEGER_DIGITS = 9;
export const FACTOR_FRACTION_DIGITS = 12;
const FACTOR = /^(0|[1-9]\d{0,8})(\.\d{1,12})?$/;

/** A factor as a plain non-negative decimal string, in kg CO2e per unit of activity. */
export const factorValue = z.string().refine((s) => FACTOR.test(s), {
  message: `must be a non-negative decimal written as a string, e.g. "0.5306" (kg CO2e per unit), with at most ${FACTOR_INTEGER_DIGITS} digits before and ${FACTOR_FRACTION_DIGITS} after the point`,
  params: { kind: 'decimal', integerDigits: FACTOR_INTEGER_DIGITS, fractionDigits: FACTOR_FRACTION_DIGITS },
});

/** Where a factor comes from: the document, the table or clause, its words, and how far we have verified them. */
export const FactorSourceSchema = z
  .object({
    document: text(200).describe('the publication, e.g. 生态环境部、国家统计局：关于发布2022年电力二氧化碳排放因子的公告'),
    clause: text(200).describe('the table, sheet or clause the value is in'),
    zh: text(400).describe('the words of the source (verbatim) or our summary of them (paraphrase)'),
    en: text(2000).describe('an English note: what the value is and how it was taken'),
    wording: z.enum(WORDINGS),
    basis: z.enum(CITATION_BASES).describe('text: checked against the source; interpretation: our reading or computation; unconfirmed: not verified here'),
  })
  .strict();

/** The regional grids of the published regional factors. */
export const GRID_REGIONS = ['north', 'north-east', 'east', 'central', 'north-west', 'south', 'south-west'] as const;
export type GridRegion = (typeof GRID_REGIONS)[number];

const factorKey = z.string().regex(/^[a-z]+(\.[a-z0-9-]+)?$/, 'a factor key is e.g. electricity, fuel.diesel, travel.rail');
const activityUnit = text(40);

export const FactorEntrySchema = z
  .object({
    key: factorKey,
    unit: activityUnit.describe('the unit of activity the value is per, e.g. kWh, passenger-km'),
    region: z.string().min(1).max(40).optional().describe('national (the default of a Chinese table), a grid region, or a GB/T 2260 code'),
    year: z.number().int().min(1990).max(2100),
    value: factorValue,
    source: text(100).describe('the id of a source of the table'),
  })
  .strict();

export const FactorTableSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: bilingual,
    foreign: z.boolean().describe('true: a published foreign factor, used where no Chinese one is published'),
    sources: z.record(z.string(), FactorSourceSchema),
    factors: z.array(FactorEntrySchema).min(1),
  })
  .strict()
  .superRefine((table, ctx) => {
    table.factors.forEach((f, i) => {
      if (!table.sources[f.source]) ctx.addIssue({ code: 'custom', path: ['factors', i, 'source'], message: `no source "${f.source}" in the table` });
    });
  });

export const FactorSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: bilingual,
    gridYear: z.number().int().min(1990).max(2100).describe('the year of the grid factors the set uses'),
    tables: z.array(z.string()).min(1),
  })
  .strict();

export const FactorSetsSchema = z.object({ default: z.string(), sets: z.array(FactorSetSchema).min(1) }).strict();

export const GridRegionsSchema = z
  .object({ id: z.string(), title: bilingual, source: FactorSourceSchema, regions: z.record(z.enum(GRID_REGIONS), z.array(z.string().regex(/^\d{6}$/))) })
  .strict();

export const CityTableSchema = z
  .object({
    id: z.string(),
    title: bilingual,
    source: FactorSourceSchema,
    datum: z.string(),
    note: z.string(),
    cities: z.record(z.string().regex(/^\d{6}$/), z.tuple([z.number().min(70).max(140), z.number().min(10).max(60)])),
  })
  .strict();

/** A pack's own value for a factor (Sichuan's provincial grid factor for a Sichuan venue). */
export const FactorOverrideSchema = z
  .object({
    key: factorKey.describe('the factor replaced, e.g. electricity'),
    unit: activityUnit.describe('the unit of activity the value is per, e.g. kWh'),
    region: z
      .string()
      .regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code, e.g. "510000"')
      .optional()
      .describe('the value holds for a venue within this region; absent: wherever the venue is'),
    year: z.number().int().min(1990).max(2100),
    value: factorValue.describe('kg CO2e per unit of activity'),
    source: FactorSourceSchema,
  })
  .strict();

/** What a pack says about estimates: the factor set it names and the values it overrides. */
export const PackEstimateSchema = z
  .object({
    factorSet: z.string().max(100).optional().describe('the factor set of policies/factors/sets.json estimates use, e.g. cn-2023'),
    overrides: z.array(FactorOverrideSchema).max(100, 'must have at most 100 items').optional(),
  })
  .strict();

export type FactorSource = z.infer<typeof FactorSourceSchema>;
export type FactorEntry = z.infer<typeof FactorEntrySchema>;
export type FactorTable = z.infer<typeof FactorTableSchema>;
export type FactorSet = z.infer<typeof FactorSetSchema>;
export type FactorOverride = z.infer<typeof FactorOverrideSchema>;
export type PackEstimate = z.infer<typeof PackEstimateSchema>;
