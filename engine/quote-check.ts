// Are the quoted Chinese words of a pack's citations the source's own words? Pure functions over the raw pack
// JSON and the source texts (the seeds); the CLI (pack quotes) reads the files.
//
// A citation is any object with string fields `document`, `clause` and `zh`, wherever it sits in the pack. A
// quote is checked when its document is listed in the pack's own `documents` with a `seed`, unless its
// `wording` is "paraphrase". Both sides are normalized first (normalizeForQuote); a quote with an ellipsis is
// split at it and every part must be found, in any order.

export interface QuotedCitation {
  /** Path of the quote in the pack JSON, e.g. rules[3].citation.zh. */
  path: string;
  document: string;
  clause: string;
  zh: string;
  /** "verbatim" | "paraphrase"; absent means verbatim. */
  wording?: string;
}

export interface QuoteFailure {
  path: string;
  document: string;
  clause: string;
  /** The seed file the quote was looked for in. */
  seed: string;
  /** The parts of the quote (as written in the pack, split at ellipses) not found in the source. */
  missing: MissingPart[];
}

export interface MissingPart {
  /** Which part of the quote (1-based) and of how many parts. */
  part: number;
  of: number;
  /** The part as written in the pack, trimmed. */
  text: string;
  /** The longest beginning of the part (normalized) that the source does contain. */
  foundStart: string;
}

export interface QuoteCheckResult {
  /** Quotes looked for in a source text. */
  checked: number;
  failures: QuoteFailure[];
  /** Quotes marked `wording: "paraphrase"`, not looked for. */
  paraphrases: number;
  /** Quotes of a document without a seed (or not listed in the pack's documents), not looked for. */
  withoutSource: number;
}

const QUOTE_MARKS = /["'“”„‟‘’‚‛「」『』〝〞〟]/g;
const QUOTE_MARK = '"';
/** Whitespace, including U+3000 and NBSP (both in \s), and the zero-width characters. */
const SPACES = /[\s\u200B-\u200D\u2060]+/g;
/** An ellipsis as written in a quote: ……, …, ⋯, ... (or longer runs of dots). */
const ELLIPSIS = /(?:[…⋯]|[.．]{3,})+/;

/**
 * The text as compared: NFKC (full-width （），：；！？ and digits become half-width), no whitespace at all, and
 * one kind of quote mark. Other punctuation (、。〔〕) is kept.
 */
export function normalizeForQuote(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '').replace(QUOTE_MARKS, QUOTE_MARK);
}

/** The parts of a quote between its ellipses, as written (trimmed), leaving out the empty ones. */
export function quoteParts(zh: string): string[] {
  return zh
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => normalizeForQuote(part) !== '');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const childPath = (parent: string, key: string | number): string => {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCitation = (value: Record<string, unknown>): boolean =>
  typeof value.document === 'string' && typeof value.clause === 'string' && typeof value.zh === 'string';

/** Every citation in the pack JSON, in document order, found by an iterative walk (no recursion). */
export function citationsIn(packJson: unknown): QuotedCitation[] {
  const found: QuotedCitation[] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; path: string }[] = [{ value: packJson, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isRecord(value) && isCitation(value)) {
      found.push({
        path: childPath(path, 'zh'),
        document: value.document as string,
        clause: value.clause as string,
        zh: value.zh as string,
        ...(typeof value.wording === 'string' ? { wording: value.wording } : {}),
      });
      continue;
    }
    const children: { value: unknown; path: string }[] = Array.isArray(value)
      ? value.map((item, index) => ({ value: item, path: childPath(path, index) }))
      : Object.entries(value).map(([key, item]) => ({ value: item, path: childPath(path, key) }));
    // Pushed in reverse so they are visited in order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** The seed file of each document of the pack that has one, by document number, with the path of its entry. */
export function seedsOf(packJson: unknown): Map<string, { seed: string; path: string }> {
  const seeds = new Map<string, { seed: string; path: string }>();
  const documents = isRecord(packJson) ? packJson.documents : undefined;
  if (!Array.isArray(documents)) return seeds;
  documents.forEach((doc: unknown, index) => {
    if (isRecord(doc) && typeof doc.number === 'string' && typeof doc.seed === 'string' && doc.seed) {
      seeds.set(doc.number, { seed: doc.seed, path: `documents[${index}].seed` });
    }
  });
  return seeds;
}

/** The longest beginning of `part` found in `source` (both normalized); finding is monotone, so bisect. */
function foundStart(part: string, source: string): string {
  let low = 0;
  let high = part.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (source.includes(part.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return part.slice(0, low);
}

/**
 * Looks every checked quote up in its source text. `sources` maps a seed file name to its text; a seed of a
 * cited document missing from it is a caller's error (the CLI reports missing files before checking).
 */
export function checkQuotes(packJson: unknown, sources: Map<string, string>): QuoteCheckResult {
  const seeds = seedsOf(packJson);
  const normalized = new Map<string, string>();
  const normalizedSource = (seed: string, document: string): string => {
    let text = normalized.get(seed);
    if (text === undefined) {
      const raw = sources.get(seed);
      if (raw === undefined) throw new Error(`no source text given for the seed "${seed}" of ${document}`);
      text = normalizeForQuote(raw);
      normalized.set(seed, text);
    }
    return text;
  };
  const result: QuoteCheckResult = { checked: 0, failures: [], paraphrases: 0, withoutSource: 0 };
  for (const citation of citationsIn(packJson)) {
    if (citation.wording === 'paraphrase') {
      result.paraphrases++;
      continue;
    }
    const seed = seeds.get(citation.document)?.seed;
    if (seed === undefined) {
      result.withoutSource++;
      continue;
    }
    const source = normalizedSource(seed, citation.document);
    result.checked++;
    const parts = quoteParts(citation.zh);
    const missing: MissingPart[] = [];
    parts.forEach((text, index) => {
      const part = normalizeForQuote(text);
      if (source.includes(part)) return;
      missing.push({ part: index + 1, of: parts.length, text, foundStart: foundStart(part, source) });
    });
    // A quote that is nothing but ellipses and spaces has no words to find.
    if (!parts.length) missing.push({ part: 1, of: 1, text: citation.zh, foundStart: '' });
    if (missing.length) {
      const { path, document, clause } = citation;
      result.failures.push({ path, document, clause, seed, missing });
    }
  }
  return result;
}
