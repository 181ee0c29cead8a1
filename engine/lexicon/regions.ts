// Names of GB/T 2260 codes, so that no person is ever shown "500000" where "重庆市" is meant.
// Prefecture and county names have no official English form here: in English they keep the Chinese name,
// followed by the province's English name.
import type { Lang } from '../vocabulary.js';
import { PROVINCE_NAMES_EN, REGION_TABLE } from './region-table.js';
import { type BilingualText, fill } from './words.js';

let names: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (!names) {
    names = new Map();
    for (const line of REGION_TABLE) {
      for (const entry of line.split('|')) {
        const space = entry.indexOf(' ');
        names.set(entry.slice(0, space), entry.slice(space + 1));
      }
    }
  }
  return names;
}

export const NATIONAL_CODE = '000000';

/** True for a code of a real division (province, prefecture or county level), or 000000 for the whole country. */
export function isKnownRegion(code: string): boolean {
  return code === NATIONAL_CODE || table().has(code);
}

export type RegionLevel = 'national' | 'province' | 'prefecture' | 'county';

export function regionLevel(code: string): RegionLevel {
  if (code === NATIONAL_CODE) return 'national';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** The province-level code that contains `code` (510104 -> 510000). */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

const REGION_WORDS = {
  nation: { zh: '全国', en: 'China (national)' },
  unknown: { zh: '未知地区', en: 'an unknown region' },
  /** A prefecture or county, with the province it is in. */
  within: { zh: '{own}（{province}）', en: '{own} ({province})' },
  china: { zh: '中国', en: 'China' },
} satisfies Record<string, BilingualText>;

/** "重庆市", "Chongqing"; "汶上县（山东省）" / "汶上县 (Shandong)"; an unknown code is named as such, never shown bare. */
export function regionName(code: string, lang: Lang): string {
  if (code === NATIONAL_CODE) return REGION_WORDS.nation[lang];
  const zh = table().get(code);
  const level = regionLevel(code);
  const unknown = REGION_WORDS.unknown[lang];
  if (level === 'province') return lang === 'zh' ? (zh ?? unknown) : (PROVINCE_NAMES_EN[code] ?? zh ?? unknown);
  const province = provinceOf(code);
  if (!zh) return unknown;
  // Prefecture and county names have no English form here: both languages give the Chinese name.
  const provinceName = lang === 'zh' ? table().get(province) : PROVINCE_NAMES_EN[province];
  return fill(REGION_WORDS.within[lang], { own: zh, province: provinceName ?? REGION_WORDS.china[lang] });
}
