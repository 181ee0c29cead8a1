// Where a clause stands in its document, read from how Chinese policy documents number their parts: the opening
// (文首), the body's sections (一、二 …; （一）; 1; （1）) or articles (第十五条, 第四十二条（四）), then the annexes (附件1,
// 附1) and the forms (附表1). A note in brackets (（未核实）, （条款号未核实）) does not move a clause; a name with no number
// at all (完成时间（未核实）, a section known only by its title) has no place and is listed after the numbered ones.

/** Where a clause stands: its part (opening, body, annex, form) and the numbers down its outline. */
export interface ClausePlace {
  part: number;
  numbers: number[];
}

const OPENING = 0;
const BODY = 1;
const ANNEX = 2;
const FORM = 3;

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '〇零一二两三四五六七八九十百';

/** A Chinese numeral up to 999: 三 → 3, 十五 → 15, 四十二 → 42, 一百零三 → 103. */
export function chineseNumber(text: string): number | undefined {
  if (!text || [...text].some((ch) => !CN.includes(ch))) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit ?? 1) * 100;
      digit = undefined;
    } else if (ch === '十') {
      total += (digit ?? 1) * 10;
      digit = undefined;
    } else digit = DIGITS[ch];
  }
  return total + (digit ?? 0);
}

const TOKENS: [RegExp, (m: RegExpExecArray) => { part?: number; n?: number }][] = [
  [/^文首/, () => ({ part: OPENING })],
  [/^附件\s*(\d+)/, (m) => ({ part: ANNEX, n: Number(m[1]) })],
  [/^附表\s*(\d+)/, (m) => ({ part: FORM, n: Number(m[1]) })],
  [/^附\s*(\d+)/, (m) => ({ part: ANNEX, n: Number(m[1]) })],
  [new RegExp(`^第([${CN}]+)条`), (m) => ({ n: chineseNumber(m[1] as string) })],
  [new RegExp(`^（([${CN}]+)）`), (m) => ({ n: chineseNumber(m[1] as string) })],
  [/^（(\d+)）/, (m) => ({ n: Number(m[1]) })],
  [new RegExp(`^([${CN}]+)`), (m) => ({ n: chineseNumber(m[1] as string) })],
  [/^(\d+)/, (m) => ({ n: Number(m[1]) })],
];

/** The place of one clause (`四（二）1（1）` → body 4.2.1.1), or undefined when it carries no number. */
export function clausePlace(clause: string): ClausePlace | undefined {
  let rest = clause.trim();
  let part: number | undefined;
  const numbers: number[] = [];
  while (rest) {
    rest = rest.replace(/^[\s、.．]+/, '');
    if (!rest) break;
    const hit = TOKENS.map(([re, read]) => ({ m: re.exec(rest), read })).find((t) => t.m);
    if (!hit?.m) {
      // A note in brackets is skipped; anything else ends the outline.
      const note = /^（[^）]*）/.exec(rest);
      if (!note) break;
      rest = rest.slice(note[0].length);
      continue;
    }
    const { part: p, n } = hit.read(hit.m);
    if (p !== undefined && part === undefined && !numbers.length) part = p;
    if (n !== undefined) numbers.push(n);
    rest = rest.slice(hit.m[0].length);
  }
  if (part === undefined && !numbers.length) return undefined;
  return { part: part ?? BODY, numbers };
}

/** The clauses a citation names: `三（一）；一` names 三（一） and 一. */
export function clausesOf(clause: string): string[] {
  return clause
    .split(/[；;]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Document order: by part, then outline (a section before its sub-sections); clauses without a number last, in the
 * order given; equal places by their name. A stable order of `clauses`, each once. */
export function inDocumentOrder(clauses: readonly string[]): string[] {
  const unique = [...new Set(clauses)];
  const placed = unique.map((clause, index) => ({ clause, index, place: clausePlace(clause) }));
  return placed
    .sort((a, b) => {
      if (!a.place || !b.place) return a.place ? -1 : b.place ? 1 : a.index - b.index;
      if (a.place.part !== b.place.part) return a.place.part - b.place.part;
      const length = Math.min(a.place.numbers.length, b.place.numbers.length);
      for (let i = 0; i < length; i++) {
        const d = (a.place.numbers[i] as number) - (b.place.numbers[i] as number);
        if (d) return d;
      }
      if (a.place.numbers.length !== b.place.numbers.length) return a.place.numbers.length - b.place.numbers.length;
      return a.clause.length - b.clause.length || (a.clause < b.clause ? -1 : a.clause > b.clause ? 1 : 0);
    })
    .map((p) => p.clause);
}
