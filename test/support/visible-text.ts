// What a person reads on a page or in a report: the text of the body, without tags, scripts, styles or attribute
// values, entities decoded; and the checks that no code, fact path, rule id or region code is among it.
import { isKnownRegion } from '../../engine/lexicon/regions.js';
import {
  CONFIRMATION_MODES,
  DUTY_IDS,
  INSTRUMENTS,
  OBLIGATION_LEVELS,
  ORGANIZER_TYPES,
} from '../../engine/index.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The visible text of an HTML page (its body), one block per line. */
export function htmlText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return decode(
    body
      .replace(/<(script|style|svg:style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<title\b[\s\S]*?<\/title>/gi, ' ')
      .replace(/<(br|p|div|li|tr|td|th|h\d|section|summary|blockquote|option|dt|dd|pre)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n');
}

/** The visible text of a Markdown report: link targets dropped. */
export function markdownText(md: string): string {
  return md.replace(/\]\([^)]*\)/g, ']');
}

const URL_PATTERN = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** Hyphenated vocabulary codes, as tokens: party-government, not-covered, if-neutralizing, forestry-sink ... */
const HYPHENATED = [...ORGANIZER_TYPES, ...OBLIGATION_LEVELS, ...CONFIRMATION_MODES, ...DUTY_IDS, ...INSTRUMENTS, 'if-neutralizing', 'self-declaration', 'keep-evidence']
  .filter((code) => code.includes('-'));

/** Codes that are also English words (`self-commitment`, `third-party`, `carbon-inclusive`). */
const ENGLISH_TOO = new Set(['self-commitment', 'third-party', 'self-declaration', 'carbon-inclusive']);

/** Fact names and paths of the catalogue and the offset plan, as an event or a pack writes them. */
const FACT_NAMES = [
  'meetingClass',
  'chengyuCircle',
  'floorAreaM2',
  'bidCommitsNeutrality',
  'emissionsTco2e',
  'organizer.type',
  'organizer.level',
  'organizer.name',
  'startDate',
  'endDate',
  'quantityTco2e',
  'projectRegion',
  'projectType',
  'vintageStart',
  'vintageEnd',
  'projectStartDate',
  'approvedOn',
  'newProject',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const token = (code: string) => new RegExp(`(?<![\\w.-])${escape(code)}(?![\\w-]|\\.\\w)`);

export interface Finding {
  what: string;
  found: string;
  context: string;
}

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 40), index + length + 40).replace(/\s+/g, ' ');
}

function search(text: string, pattern: RegExp, what: string, out: Finding[]) {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const m of text.matchAll(global)) out.push({ what, found: m[0], context: around(text, m.index ?? 0, m[0].length) });
}

/** Codes, fact paths, rule ids and region codes in `text`; on a Chinese page, runs of five or more English words. */
export function findCodes(text: string, lang: 'zh' | 'en', ruleIds: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const plain = text.replace(URL_PATTERN, ' ');
  for (const code of HYPHENATED) {
    // Some codes are English words as well (a third-party route, a self-commitment): in English they count only
    // where they stand as a code, in a list of codes or in brackets.
    const english = lang === 'en' && ENGLISH_TOO.has(code);
    search(plain, english ? new RegExp(`(?<=[({=∈∉]\\s?|, )${escape(code)}(?=\\s?[,)}])`) : token(code), 'vocabulary code', out);
  }
  // `published` and `draft` are English words on an English page: there only a status standing alone counts.
  search(plain, lang === 'zh' ? /(?<![\w.-])(published|draft)(?![\w-])/i : /^ ?(published|draft) ?$/m, 'status code', out);
  for (const fact of FACT_NAMES) search(plain, token(fact), 'fact name', out);
  search(plain, /offsets\[|(?<![\w])extra\.\w/, 'fact path', out);
  for (const id of ruleIds) search(plain, token(id), 'rule id', out);
  for (const m of plain.matchAll(/(?<!\d)\d{6}(?!\d)/g)) {
    if (isKnownRegion(m[0])) out.push({ what: 'region code', found: m[0], context: around(plain, m.index ?? 0, 6) });
  }
  if (lang === 'zh') {
    search(plain, /[A-Za-z][A-Za-z'’]*(?:[ \t,;:()"“”-]+[A-Za-z][A-Za-z'’]*){4,}/, 'English on a Chinese page', out);
  }
  return out;
}
