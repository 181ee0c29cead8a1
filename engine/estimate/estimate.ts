// estimate(activity, { factorSet, overrides, lang }) -> Estimate: every item of every phase times its factor, in
// exact decimals. tCO2e = amount in the factor's unit × factor (kg CO2e per unit) ÷ 1000. Per phase, per source and
// in total the sums are of the lines themselves, so the total is exactly the sum of the lines.
import type { Decimal } from 'decimal.js';
import { ExactDecimal, formatDecimal, toDecimal } from '../decimal.js';
import { ACTIVITY_LABELS, ESTIMATE_WORDS as W, GRID_REGION_LABELS } from '../lexicon/estimate.js';
import { regionName } from '../lexicon/regions.js';
import { fill, list } from '../lexicon/words.js';
import { InputError } from '../problems.js';
import type { Lang } from '../vocabulary.js';
import { type Activity, type OwnFactor, validateActivity } from './activity-schema.js';
import { greatCircleKm } from './distance.js';
import type { Estimate, EstimateLine, OriginOfTravel, Unestimated, UsedFactor } from './estimate-types.js';
import { cityCoordinates, defaultFactorSetId, factorSet, factorSetIds, gridRegionOf } from './factor-catalog.js';
import type { FactorOverride } from './factor-schema.js';
import { type FactorContext, perUnit, resolveFactor, unitWords } from './resolve-factor.js';
import {
  ACTIVITY_LISTS,
  type ActivityList,
  EMISSION_SOURCES,
  ESTIMATE_PHASES,
  type EstimatePhase,
  factorKeyOf,
  isCarMode,
  SOURCE_OF,
  unitsOf,
} from './vocabulary.js';

export interface EstimateOptions {
  /** A factor set of policies/factors/sets.json; default: the pack's, else the shipped default. */
  factorSet?: string;
  /** A pack's own values (engine/pack-schema.ts `estimate.overrides`). */
  overrides?: readonly FactorOverride[];
  lang?: Lang;
}

const KIND_FIELD: Record<ActivityList, string | undefined> = {
  energy: 'kind',
  fuels: 'fuel',
  travel: 'mode',
  originMix: 'mode',
  accommodation: undefined,
  meals: undefined,
  materials: 'material',
  waste: 'treatment',
};

const activityLabel = (key: string, lang: Lang) => ACTIVITY_LABELS[key]?.[lang] ?? key;

function ownFactor(key: string, unit: string, own: OwnFactor, lang: Lang): UsedFactor {
  const said = fill(W.ownFactor[lang], { source: own.source });
  return {
    key,
    value: own.value,
    unit,
    perUnit: perUnit(unit, lang),
    year: null,
    region: 'organizer',
    regionName: said,
    source: { document: own.source, clause: said, zh: own.source, en: 'A factor the organizer gave, with its source in their words.', wording: 'paraphrase', basis: 'unconfirmed' },
    foreign: false,
    from: 'organizer',
  };
}

interface Item {
  kind: string;
  amount?: string | number;
  unit?: string;
  city?: string;
  participants?: number;
  roundTrip?: boolean;
  factor?: OwnFactor;
}

/** The amount in the factor's unit, the unit the line shows, and for an origin line where the travellers come from. */
function measure(list: ActivityList, item: Item, venue: string | undefined, lang: Lang) {
  if (list === 'originMix') {
    const from = cityCoordinates(item.city as string);
    const to = cityCoordinates(venue as string);
    if (!from || !to) throw new Error('origin mix without cities: validateActivity lets none through');
    const distanceKm = greatCircleKm(to.at, from.at);
    const roundTrip = item.roundTrip ?? true;
    const participants = item.participants ?? 0;
    const unit = isCarMode(item.kind) ? 'vehicle-km' : 'passenger-km';
    const amount = toDecimal(distanceKm).times(participants).times(roundTrip ? 2 : 1);
    const origin: OriginOfTravel = { city: item.city as string, cityName: regionName(from.city, lang), participants, distanceKm, roundTrip };
    return { amount, shownAmount: amount, unit, factorUnit: unit, origin };
  }
  const given = toDecimal(String(item.amount));
  const rule = unitsOf(list, item.kind)[item.unit as string];
  if (!rule) throw new Error('unit not checked: validateActivity lets none through');
  return { amount: given.times(rule.times), shownAmount: given, unit: item.unit as string, factorUnit: rule.base, origin: undefined };
}

function lineText(line: Omit<EstimateLine, 'text'>, lang: Lang): string {
  const { factor, origin } = line;
  const year = factor.year === null ? '' : fill(W.yearOf[lang], { year: factor.year });
  const activity = origin
    ? `${line.label}${lang === 'zh' ? '，' : ', '}${fill(W.originLine[lang], {
        participants: origin.participants,
        origin: origin.cityName,
        distance: origin.distanceKm,
        trip: origin.roundTrip ? W.roundTrip[lang] : W.oneWay[lang],
      })}${isCarMode(line.activity.replace('travel.', '')) ? W.oneCarEach[lang] : ''}`
    : line.label;
  const text = fill(W.line[lang], {
    activity,
    amount: line.factorAmount,
    unit: unitWords(factor.unit, lang),
    factor: factor.value,
    perUnit: factor.perUnit,
    region: factor.regionName,
    year: year || '—',
    source: factor.source.document,
    basis: factor.source.basis === 'unconfirmed' && factor.from !== 'organizer' ? `${lang === 'zh' ? '，' : ', '}${W.unconfirmed[lang]}` : '',
    tco2e: line.tco2e,
  });
  return factor.fallback ? `${text}${lang === 'zh' ? '。' : '. '}${factor.fallback.text}` : text;
}

function itemsOf(activity: Activity, phase: EstimatePhase, name: ActivityList): Item[] {
  const items = (activity.phases[phase]?.[name] ?? []) as Record<string, unknown>[];
  const field = KIND_FIELD[name];
  return items.map((raw) => ({ ...(raw as object), kind: field ? String(raw[field]) : '' }) as Item);
}

/** The estimate of validated activity data. */
export function estimateActivity(activity: Activity, options: EstimateOptions = {}): Estimate {
  const lang = options.lang ?? 'zh';
  const setId = options.factorSet ?? defaultFactorSetId();
  const set = factorSet(setId);
  if (!set) {
    throw new InputError('Unknown factor set:', [{ path: 'factorSet', message: `unknown factor set "${setId}": must be one of: ${factorSetIds().join(', ')}`, kind: 'one-of', values: { options: factorSetIds() } }]);
  }
  const venue = activity.venue?.region;
  const context: FactorContext = { set, overrides: options.overrides ?? [], venue, lang };
  const lines: EstimateLine[] = [];
  const unestimated: Unestimated[] = [];
  for (const phase of ESTIMATE_PHASES) {
    for (const name of ACTIVITY_LISTS) {
      itemsOf(activity, phase, name).forEach((item, i) => {
        const path = `phases.${phase}.${name}[${i}]`;
        const key = factorKeyOf(name, item.kind);
        const source = SOURCE_OF[name](item.kind);
        const label = activityLabel(key, lang);
        const measured = measure(name, item, venue, lang);
        const factor = item.factor ? ownFactor(key, measured.factorUnit, item.factor, lang) : resolveFactor(key, measured.factorUnit, context);
        if (!factor) {
          unestimated.push({
            path,
            phase,
            source,
            activity: key,
            label,
            text: fill(W.noFactor[lang], { activity: label }),
            question: fill(W.noFactorQuestion[lang], { activity: label, unit: unitWords(measured.factorUnit, lang) }),
          });
          return;
        }
        const tco2e = measured.amount.times(factor.value).dividedBy(1000);
        const line: Omit<EstimateLine, 'text'> = {
          path,
          phase,
          source,
          activity: key,
          label,
          amount: formatDecimal(measured.shownAmount),
          unit: measured.unit,
          factorAmount: formatDecimal(measured.amount),
          ...(measured.origin ? { origin: measured.origin } : {}),
          factor,
          tco2e: formatDecimal(tco2e),
        };
        lines.push({ ...line, text: lineText(line, lang) });
      });
    }
  }
  const sum = (pick: (l: EstimateLine) => boolean): string =>
    formatDecimal(lines.filter(pick).reduce((acc: Decimal, l) => acc.plus(l.tco2e), new ExactDecimal(0)));
  const grid = venue ? gridRegionOf(venue) : undefined;
  return {
    lang,
    factorSet: { id: set.id, title: set.title[lang] },
    venue: {
      region: venue ?? null,
      name: venue ? regionName(venue, lang) : null,
      grid: grid ?? null,
      gridName: grid ? GRID_REGION_LABELS[grid][lang] : null,
    },
    lines,
    byPhase: Object.fromEntries(ESTIMATE_PHASES.map((p) => [p, sum((l) => l.phase === p)])) as Estimate['byPhase'],
    bySource: Object.fromEntries(EMISSION_SOURCES.map((s) => [s, sum((l) => l.source === s)])) as Estimate['bySource'],
    total: sum(() => true),
    unestimated,
    usesForeignFactors: lines.some((l) => l.factor.foreign),
    notes: notesOf(lines, unestimated, lang),
  };
}

function notesOf(lines: EstimateLine[], unestimated: Unestimated[], lang: Lang): string[] {
  const notes: string[] = [];
  const fallback = lines.find((l) => l.factor.fallback)?.factor.fallback;
  if (fallback) notes.push(fallback.text);
  const foreign = [...new Set(lines.filter((l) => l.factor.foreign).map((l) => l.label))];
  if (foreign.length) {
    const tables = [...new Set(lines.filter((l) => l.factor.foreign).map((l) => l.factor.source.document))];
    notes.push(fill(W.foreignNote[lang], { table: list(tables, lang), items: list(foreign, lang) }));
  }
  if (lines.some((l) => l.factor.source.basis === 'unconfirmed' && l.factor.from !== 'organizer')) notes.push(W.unconfirmedNote[lang]);
  if (unestimated.length) notes.push(fill(W.leftOut[lang], { items: list([...new Set(unestimated.map((u) => u.label))], lang) }));
  return notes;
}

/** Validates `raw` as activity data (every problem, each naming its field) and estimates it. */
export function estimate(raw: unknown, options: EstimateOptions = {}): Estimate {
  const result = validateActivity(raw);
  if (!result.ok) throw new InputError('The activity data are not valid:', result.problems);
  return estimateActivity(result.activity, options);
}

