// The places an offset line's project may be in, by name: the divisions of the pack's own province (the province
// as a whole, its prefectures and counties), then every other province. The value sent is the GB/T 2260 code,
// which a person never has to know.
import { type Lang } from '../../engine/index.js';
import { REGION_TABLE } from '../../engine/lexicon/region-table.js';
import { isKnownRegion, provinceOf, regionName } from '../../engine/lexicon/regions.js';
import { ui } from '../../engine/index.js';

export interface RegionGroup {
  label: string;
  options: { code: string; name: string }[];
}

let codesByProvince: Map<string, string[]> | undefined;

function divisions(): Map<string, string[]> {
  if (!codesByProvince) {
    codesByProvince = new Map();
    for (const line of REGION_TABLE) {
      const codes = [...new Set(line.split('|').map((entry) => entry.slice(0, entry.indexOf(' '))))];
      if (codes[0]) codesByProvince.set(codes[0], codes);
    }
  }
  return codesByProvince;
}

/** The choices for a pack of `jurisdiction` (000000: the provinces only); `current` is kept when it is elsewhere. */
export function regionGroups(jurisdiction: string, lang: Lang, current?: string): RegionGroup[] {
  const all = divisions();
  const home = provinceOf(jurisdiction);
  const groups: RegionGroup[] = [];
  const own = all.get(home);
  if (own) {
    groups.push({
      label: regionName(home, lang),
      options: own.map((code) => ({ code, name: code === home ? ui('wholeProvince', lang, { name: regionName(code, lang) }) : regionName(code, lang) })),
    });
  }
  const others = [...all.keys()].filter((code) => code !== home).map((code) => ({ code, name: regionName(code, lang) }));
  groups.push({ label: ui('otherProvinces', lang), options: others });
  const listed = groups.some((g) => g.options.some((o) => o.code === current));
  if (current && !listed && isKnownRegion(current)) groups[0]?.options.push({ code: current, name: regionName(current, lang) });
  return groups;
}
