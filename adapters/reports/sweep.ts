// The obligation over a grid of events: every pack answers for each kind × size × organizer, all dated on one
// day, and for each (pack, kind, organizer) the "line" says from which size each obligation is first reached.
// The answers are the engine's; the rules that decided each cell are kept with their citations.
import {
  type CalendarDate,
  type CompiledPack,
  type Determination,
  type EventInput,
  type EventKind,
  evaluate,
  type Lang,
  type Obligation,
  type OrganizerLevel,
  type OrganizerType,
} from '../../engine/index.js';
import type { CitedItem } from './cited-item.js';
import { decidingReasons } from './deciding-rule.js';
import { factTitle, shownValue } from './fact-words.js';
import { type PackColumn, packColumn } from './pack-column.js';

export interface OrganizerChoice {
  type: OrganizerType;
  level?: OrganizerLevel;
}

export const DEFAULT_SWEEP_KINDS: readonly EventKind[] = ['meeting', 'forum', 'exhibition', 'performance', 'sports'];
export const DEFAULT_SWEEP_SIZES: readonly number[] = [50, 100, 199, 200, 300, 499, 500, 1000, 5000, 9999, 10000, 20000];
export const DEFAULT_SWEEP_ORGANIZERS: readonly OrganizerChoice[] = [
  { type: 'soe', level: 'provincial' },
  { type: 'party-government', level: 'provincial' },
  { type: 'party-government', level: 'county' },
  { type: 'enterprise' },
];

/** The facts every event of the grid shares, apart from its kind, size, organizer and dates. */
export const SWEEP_FIXED_FACTS = { meetingClass: 2, scale: 'provincial', bidCommitsNeutrality: false } as const;

/** The shared facts in words: `Meeting class: 2, Scale: Provincial, The bid promised neutrality: no`. */
export function describeFixedFacts(fixed: SweepReport['fixed'], lang: Lang): string {
  const parts = Object.entries(fixed).map(([fact, value]) => `${factTitle(fact, lang)}${lang === 'zh' ? '：' : ': '}${shownValue(fact, value, lang)}`);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

export interface SweepOptions {
  lang: Lang;
  /** The day every event starts and ends on, and the policies are read at. */
  asOf: CalendarDate;
  kinds?: readonly EventKind[];
  /** Attendees; for exhibitions the floor area in m² as well. */
  sizes?: readonly number[];
  organizers?: readonly OrganizerChoice[];
}

export interface SweepOrganizer extends OrganizerChoice {
  /** `soe/provincial`, `enterprise`. */
  key: string;
  label: string;
}

export interface SweepCell {
  pack: string;
  kind: EventKind;
  /** The organizer's key. */
  organizer: string;
  size: number;
  obligation: Obligation;
  obligationAtLeast?: Obligation;
  missingFacts?: string[];
  /** The rules that decided the obligation (for undetermined: the ones that could not be decided); see `rules`. */
  rules: string[];
}

export interface SweepLine {
  pack: string;
  kind: EventKind;
  organizer: string;
  /** Each obligation the sizes reach, at the smallest size it is reached, smallest first. */
  reached: { obligation: Obligation; size: number; rules: string[] }[];
}

export interface SweepReport {
  kind: 'sweep';
  lang: Lang;
  asOf: CalendarDate;
  packs: PackColumn[];
  kinds: { code: EventKind; label: string }[];
  sizes: number[];
  organizers: SweepOrganizer[];
  /** The facts every event shares (and its dates: `asOf`). */
  fixed: typeof SWEEP_FIXED_FACTS;
  cells: SweepCell[];
  lines: SweepLine[];
  /** Pack id -> rule id -> the rule's title and citation, for every rule a cell names. */
  rules: Record<string, Record<string, CitedItem>>;
}

/** The cells by their grid point, for renderers that walk the grid. */
export function cellFinder(cells: SweepCell[]): (pack: string, kind: EventKind, organizer: string, size: number) => SweepCell | undefined {
  const key = (pack: string, kind: string, organizer: string, size: number) => JSON.stringify([pack, kind, organizer, size]);
  const byKey = new Map(cells.map((c) => [key(c.pack, c.kind, c.organizer, c.size), c]));
  return (pack, kind, organizer, size) => byKey.get(key(pack, kind, organizer, size));
}

export function organizerKey(o: OrganizerChoice): string {
  return o.level ? `${o.type}/${o.level}` : o.type;
}

function organizerLabel(o: OrganizerChoice, lang: Lang): string {
  const type = shownValue('organizer.type', o.type, lang);
  return o.level ? `${type}/${shownValue('organizer.level', o.level, lang)}` : type;
}

/** What the size of a grid point means: attendees, and for an exhibition its floor area in m² as well. */
export function sizeFacts(kind: EventKind, size: number): { attendees: number; floorAreaM2?: number } {
  return kind === 'exhibition' ? { attendees: size, floorAreaM2: size } : { attendees: size };
}

/** The event of one grid point. */
export function sweepEvent(kind: EventKind, size: number, organizer: OrganizerChoice, asOf: CalendarDate): EventInput {
  return {
    kind,
    ...sizeFacts(kind, size),
    startDate: asOf,
    endDate: asOf,
    ...SWEEP_FIXED_FACTS,
    organizer: { type: organizer.type, ...(organizer.level ? { level: organizer.level } : {}) },
  };
}

function decidingRules(d: Determination): string[] {
  const holding = (level: Obligation | undefined) => decidingReasons(d, level).map((r) => r.rule);
  if (d.obligation !== 'undetermined') return holding(d.obligation);
  const open = d.undecided.find((u) => u.subject === 'obligation')?.rules ?? [];
  return [...new Set([...holding(d.obligationAtLeast), ...open])];
}

/** The version of `ruleId` in force on `asOf` (any version when none is), as a cited item. */
function citedRule(compiled: CompiledPack, ruleId: string, asOf: CalendarDate, lang: Lang): CitedItem | undefined {
  const versions = compiled.pack.rules.filter((r) => r.id === ruleId);
  const rule =
    versions.find((r) => !r.inForce || (asOf >= r.inForce.from && (!r.inForce.until || asOf <= r.inForce.until))) ??
    versions[0];
  if (!rule) return undefined;
  return {
    text: rule.title[lang],
    citations: [rule.citation],
    rule: rule.id,
    ...(rule.origin !== compiled.pack.id ? { origin: rule.origin } : {}),
    ...(rule.inForce ? { inForce: rule.inForce } : {}),
  };
}

function sizesOf(options: SweepOptions): number[] {
  return [...new Set(options.sizes ?? DEFAULT_SWEEP_SIZES)].sort((a, b) => a - b);
}

/** Where each obligation is first reached along the sizes of one (pack, kind, organizer). */
function lineOf(cells: SweepCell[]): SweepLine['reached'] {
  const reached: SweepLine['reached'] = [];
  for (const cell of [...cells].sort((a, b) => a.size - b.size)) {
    if (!reached.some((r) => r.obligation === cell.obligation)) {
      reached.push({ obligation: cell.obligation, size: cell.size, rules: cell.rules });
    }
  }
  return reached;
}

/** Evaluates the whole grid under every pack. */
export async function buildSweep(packs: CompiledPack[], options: SweepOptions): Promise<SweepReport> {
  const { lang, asOf } = options;
  const kinds = [...(options.kinds ?? DEFAULT_SWEEP_KINDS)];
  const sizes = sizesOf(options);
  const organizers = (options.organizers ?? DEFAULT_SWEEP_ORGANIZERS).map((o) => ({
    ...o,
    key: organizerKey(o),
    label: organizerLabel(o, lang),
  }));
  const cells: SweepCell[] = [];
  const lines: SweepLine[] = [];
  const rules: SweepReport['rules'] = {};
  for (const compiled of packs) {
    const id = compiled.pack.id;
    const cited: Record<string, CitedItem> = {};
    for (const kind of kinds) {
      for (const organizer of organizers) {
        const row: SweepCell[] = [];
        for (const size of sizes) {
          const d = await evaluate(compiled, sweepEvent(kind, size, organizer, asOf), { asOf, lang });
          const deciding = decidingRules(d);
          for (const ruleId of deciding) {
            const item = cited[ruleId] ?? citedRule(compiled, ruleId, asOf, lang);
            if (item) cited[ruleId] = item;
          }
          row.push({
            pack: id,
            kind,
            organizer: organizer.key,
            size,
            obligation: d.obligation,
            ...(d.obligationAtLeast ? { obligationAtLeast: d.obligationAtLeast } : {}),
            ...(d.obligation === 'undetermined' ? { missingFacts: d.missingFacts } : {}),
            rules: deciding,
          });
        }
        cells.push(...row);
        lines.push({ pack: id, kind, organizer: organizer.key, reached: lineOf(row) });
      }
    }
    rules[id] = cited;
  }
  return {
    kind: 'sweep',
    lang,
    asOf,
    packs: packs.map((p) => packColumn(p, lang)),
    kinds: kinds.map((code) => ({ code, label: shownValue('kind', code, lang) })),
    sizes,
    organizers,
    fixed: SWEEP_FIXED_FACTS,
    cells,
    lines,
    rules,
  };
}
