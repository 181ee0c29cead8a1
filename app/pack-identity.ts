// A pack's name belongs to its jurisdiction. The rule (docs/pack-format.md, "Identity"), from the shipped packs
// cn-national (000000), cn-chongqing (500000), cn-sichuan (510000) and cn-shandong-jining (370800):
//
//   1. `jurisdiction.code` is a real GB/T 2260 division (province, prefecture or county level), or 000000.
//   2. The id is `cn-` and one or more segments of lower-case letters and digits joined by `-`, 100 characters at most.
//   3. Its first segment, the namespace, is `national` for 000000 and otherwise the pinyin name of the province the
//      jurisdiction lies in (PROVINCE_SLUGS): 370800 Jining is `cn-shandong-…`.
//   4. The namespace alone (`cn-national`, `cn-sichuan`) is the pack of that whole division: its jurisdiction is
//      000000, or the province's own code. A pack of a prefecture or a county adds a segment (`cn-sichuan-chengdu`).
//   5. A pack that extends another lies inside the base's jurisdiction (or is of the same one): 510100 may extend
//      cn-sichuan (510000) or cn-national (000000), never cn-chongqing (500000).
//
// A key may only write packs of its jurisdiction and inside it (app/publishing.ts); with this rule, the pack's name
// and its base follow its jurisdiction, so no key can publish under another province's name.
import type { Problem } from '../engine/index.js';
import { isKnownRegion, NATIONAL_CODE, provinceOf, regionLevel, regionName } from '../engine/lexicon/regions.js';
import { regionWithin } from '../engine/region.js';

/** The namespace of each province-level division: its name in pinyin, without tones or spaces. */
export const PROVINCE_SLUGS: Readonly<Record<string, string>> = {
  '110000': 'beijing',
  '120000': 'tianjin',
  '130000': 'hebei',
  '140000': 'shanxi',
  '150000': 'neimenggu',
  '210000': 'liaoning',
  '220000': 'jilin',
  '230000': 'heilongjiang',
  '310000': 'shanghai',
  '320000': 'jiangsu',
  '330000': 'zhejiang',
  '340000': 'anhui',
  '350000': 'fujian',
  '360000': 'jiangxi',
  '370000': 'shandong',
  '410000': 'henan',
  '420000': 'hubei',
  '430000': 'hunan',
  '440000': 'guangdong',
  '450000': 'guangxi',
  '460000': 'hainan',
  '500000': 'chongqing',
  '510000': 'sichuan',
  '520000': 'guizhou',
  '530000': 'yunnan',
  '540000': 'xizang',
  '610000': 'shaanxi',
  '620000': 'gansu',
  '630000': 'qinghai',
  '640000': 'ningxia',
  '650000': 'xinjiang',
  '710000': 'taiwan',
  '810000': 'xianggang',
  '820000': 'aomen',
};

export const NATIONAL_NAMESPACE = 'national';
export const MAX_PACK_ID_LENGTH = 100;
const PACK_ID = /^cn(-[a-z0-9]+)+$/;

const CODE_OF_SLUG = new Map<string, string>([[NATIONAL_NAMESPACE, NATIONAL_CODE], ...Object.entries(PROVINCE_SLUGS).map(([code, slug]) => [slug, code] as [string, string])]);

/** The namespace a jurisdiction's packs are named in: `national`, or its province's pinyin name. */
export function namespaceOf(code: string): string | undefined {
  return code === NATIONAL_CODE ? NATIONAL_NAMESPACE : PROVINCE_SLUGS[provinceOf(code)];
}

/** The division an id's namespace names (`cn-sichuan-chengdu` -> 510000), when it names one. */
export function namespaceCode(id: string): string | undefined {
  const slug = /^cn-([a-z0-9]+)/.exec(id)?.[1];
  return slug === undefined ? undefined : CODE_OF_SLUG.get(slug);
}

/** The id a pack of `code` starts with: `cn-sichuan` for 510000, `cn-sichuan-` for 510100. */
export function idStartFor(code: string): string | undefined {
  const namespace = namespaceOf(code);
  if (!namespace) return undefined;
  const whole = code === NATIONAL_CODE || regionLevel(code) === 'province';
  return whole ? `cn-${namespace}` : `cn-${namespace}-`;
}

const named = (code: string) => `${code} (${regionName(code, 'en')})`;

/** What the pack would need to agree with its jurisdiction: every problem, with what to do. */
export interface IdentityInput {
  id?: unknown;
  jurisdiction?: { code?: unknown } | unknown;
  extends?: unknown;
}

/**
 * Every way the document's id, jurisdiction and base disagree (rules 1–5 above). `baseJurisdiction` gives the
 * jurisdiction of a pack the document may extend (undefined when there is no such pack: validation says so).
 */
export function identityProblems(doc: IdentityInput, baseJurisdiction: (packId: string) => string | undefined): Problem[] {
  const problems: Problem[] = [];
  const id = typeof doc.id === 'string' ? doc.id : undefined;
  const jurisdiction = doc.jurisdiction && typeof doc.jurisdiction === 'object' ? (doc.jurisdiction as { code?: unknown }) : undefined;
  const code = typeof jurisdiction?.code === 'string' ? jurisdiction.code : undefined;
  const sixDigits = code !== undefined && /^\d{6}$/.test(code);
  const known = sixDigits && isKnownRegion(code);
  // A code that is not 6 digits is the schema's problem (validation names it); one that is names no division.
  if (sixDigits && !known) {
    problems.push({ path: 'jurisdiction.code', message: `"${code}" is not a GB/T 2260 division: give the code of a province, prefecture or county (e.g. 510000 Sichuan, 510100 Chengdu), or 000000 for the national pack` });
  }
  if (id !== undefined) {
    if (id.length > MAX_PACK_ID_LENGTH) {
      problems.push({ path: 'id', message: `is ${id.length} characters long; a pack id has at most ${MAX_PACK_ID_LENGTH}` });
    } else if (!PACK_ID.test(id)) {
      problems.push({ path: 'id', message: `"${id}" is not a pack id: write cn-<province>[-<place>], lower-case letters and digits joined by "-" (e.g. cn-sichuan-chengdu)` });
    } else if (known) {
      const start = idStartFor(code) as string;
      const fits = start.endsWith('-') ? id.startsWith(start) : id === start || id.startsWith(`${start}-`);
      if (!fits) {
        const example = start.endsWith('-') ? `${start}<place> (${start.slice(0, -1)} alone is the province's pack)` : `${start} or ${start}-<name>`;
        problems.push({ path: 'id', message: `a pack of ${named(code)} is named ${example}, not "${id}": the id names the province of its jurisdiction` });
      }
    }
  }
  const base = typeof doc.extends === 'string' ? doc.extends : undefined;
  const baseCode = base === undefined ? undefined : baseJurisdiction(base);
  if (known && base !== undefined && baseCode !== undefined && !regionWithin(code, baseCode)) {
    problems.push({
      path: 'extends',
      message: `"${base}" is the pack of ${named(baseCode)}, which does not contain ${named(code)}: extend the pack of a division that contains it (the province's, or cn-national)`,
    });
  }
  return problems;
}
