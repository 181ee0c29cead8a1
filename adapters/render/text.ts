// A determination as text for a person at a terminal, in the determination's language: the answer first, then what
// is missing, the duties, how to confirm, the offsets, and every citation in full at the end. Every word comes from
// the lexicon (engine/lexicon/) or the pack: no code, fact path or rule id is printed (they are in `--json`).
import {
  basisWords,
  clauses,
  type Determination,
  DUTY_LABELS,
  isBuiltInDuty,
  list,
  OBLIGATION_LABELS,
  planLine,
} from '../../engine/index.js';
import { cited, type Context, makeContext, type Section } from './text-context.js';
import { offsets, plan } from './text-offsets.js';

export interface TextOptions {
  /** ANSI bold and colors; leave off unless writing to a terminal. */
  color?: boolean;
}

/** Renders the determination; sections with nothing to say are left out. */
export function renderDetermination(d: Determination, options: TextOptions = {}): string {
  const c = makeContext(d, options.color ?? false);
  // The citations come last: every other section numbers the citations it uses.
  const sections: Section[] = [
    header,
    answer,
    readings,
    missing,
    assumptions,
    warnings,
    duties,
    confirmation,
    offsets,
    plan,
    rules,
    removed,
    citations,
  ];
  return `${sections
    .map((section) => section(c))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function header({ d, say, colon, comma, style }: Context): string[] {
  const base = d.pack.chain.filter((p) => p.id !== d.pack.id);
  const chain = base.length ? `${comma}${say('extends')} ${base.map((p) => `${p.id} ${p.version}`).join(' → ')}` : '';
  return [
    style.heading(`${say('title')} · ${d.pack.title}`),
    `${say('pack')} ${d.pack.id} ${d.pack.version}${chain}`,
    `${say('asOf')}${colon}${d.asOf ?? say('asOfUnknown')}`,
  ];
}

function answer({ d, lang, say, colon, style }: Context): string[] {
  const lines = [style.heading(`${say('answer')}${colon}${OBLIGATION_LABELS[d.obligation][lang]}`), `  ${d.summary}`];
  if (d.obligationAtLeast) lines.push(`  ${say('soFar')}${colon}${OBLIGATION_LABELS[d.obligationAtLeast][lang]}`);
  return lines;
}

function readings(c: Context): string[] {
  const { d, say, colon, paren, style } = c;
  if (!d.readings.length) return [];
  const lines = [style.heading(say('readings'))];
  for (const r of d.readings) {
    const used = `${r.optionLabel}${r.isDefault ? paren(say('readingDefault')) : ''}`;
    lines.push(`  - ${r.question}`, `    ${say('readingUsed')}${colon}${used}${cited(c, r.citation)}`);
    for (const alt of r.alternatives) lines.push(`    ${say('readingIf', { label: alt.label, summary: alt.summary })}${cited(c, alt.citation)}`);
  }
  return lines;
}

/** What an undecided subject is called: the answer, a duty, the confirmation, the plan. */
function subjectName(subject: string, c: Context): string {
  if (subject === 'obligation') return c.say('answer');
  if (subject === 'confirmation') return c.say('confirmation');
  if (subject === 'offsets') return c.say('planResult');
  const duty = subject.replace(/^duty:/, '');
  const title = c.d.duties.find((x) => x.duty === duty)?.title;
  return title ?? (isBuiltInDuty(duty) ? DUTY_LABELS[duty][c.lang] : c.say('duties'));
}

function missing(c: Context): string[] {
  const { d, lang, say, colon, paren, style } = c;
  if (!d.missingFacts.length) return [];
  const lines = [style.heading(say('missingFacts'))];
  for (const q of d.questions) {
    const subjects = d.undecided.filter((u) => u.missingFacts.includes(q.fact)).map((u) => subjectName(u.subject, c));
    for (const duty of d.duties) if (duty.missingFacts?.includes(q.fact)) subjects.push(duty.title);
    const affects = subjects.length ? paren(`${say('affects')}${colon}${list([...new Set(subjects)], lang)}`) : '';
    lines.push(`  - ${style.strong(q.question)}${affects}`);
  }
  return lines;
}

function assumptions(c: Context): string[] {
  const { d, say, style } = c;
  if (!d.assumptions.length) return [];
  return [style.heading(say('assumptions')), ...d.assumptions.map((a) => `  - ${a.text}${cited(c, a.citation)}`)];
}

function warnings({ d, say, style }: Context): string[] {
  if (!d.warnings.length) return [];
  return [style.heading(say('warnings')), ...d.warnings.map((w) => `  ! ${style.warn(w)}`)];
}

function duties(c: Context): string[] {
  const { d, lang, say, colon, paren, style } = c;
  const lines = [style.heading(say('duties'))];
  const open = d.undecided.filter((u) => u.subject.startsWith('duty:'));
  if (!d.duties.length && !open.length) return [...lines, `  ${say('nothing')}`];
  for (const duty of d.duties) {
    const needs = duty.missingFacts?.length ? say('needs', { facts: c.facts(duty.missingFacts) }) : '';
    const when = duty.due
      ? `${say('due')} ${style.strong(duty.due)}${paren(duty.dueText)}`
      : needs
        ? `${say('due')} ?${paren(clauses([needs, duty.dueText], lang))}`
        : duty.dueRule.anchor === 'none'
          ? duty.dueText
          : `${say('noDate')}${paren(duty.dueText)}`;
    const applies = ` · ${duty.binding ? say('binding') : say('ifYouNeutralize')}`;
    const governed = duty.governs?.lines ?? [];
    const lineWords =
      governed.length === 1
        ? planLine(governed[0] as number, lang)
        : governed.length
          ? say('planLines', { lines: list(governed.map((i) => String(i + 1)), lang) })
          : '';
    const governs = duty.governs ? ` · ${duty.governs.label}${lineWords ? paren(lineWords) : ''}` : '';
    lines.push(`  - ${duty.title}${colon}${when}${governs}${applies}`, `    ${c.cites.ref(duty.citation)}`);
    if (duty.note) lines.push(`    ${duty.note}`);
  }
  for (const u of open) {
    lines.push(`  - ${subjectName(u.subject, c)}${colon}${say('undecided')}${paren(say('needs', { facts: c.facts(u.missingFacts) }))}`);
  }
  return lines;
}

function confirmation(c: Context): string[] {
  const { d, say, paren, style } = c;
  const lines = [style.heading(say('confirmation'))];
  const open = d.undecided.find((u) => u.subject === 'confirmation');
  if (!d.confirmation.routes.length && !open) return [...lines, `  ${say('nothing')}`];
  lines.push(...d.confirmation.routes.map((r) => `  - ${r.label}${cited(c, r.citation)}`));
  if (open) lines.push(`  - ${say('undecided')}${paren(say('needs', { facts: c.facts(open.missingFacts) }))}`);
  return lines;
}

function rules(c: Context): string[] {
  const { d, say, paren, style } = c;
  if (!d.reasons.length) return [];
  return [
    style.heading(say('reasons')),
    ...d.reasons.map((r) => {
      const inherited = r.origin === d.pack.id ? '' : paren(say('inheritedFrom', { pack: r.origin }));
      return `  - ${r.title}${inherited}${cited(c, r.citation)}`;
    }),
  ];
}

function removed(c: Context): string[] {
  const { d, say, paren, style } = c;
  if (!d.removed?.length) return [];
  return [
    style.heading(say('removed')),
    ...d.removed.map((r) => `  - ${r.title}${paren(say('inheritedFrom', { pack: r.origin }))}${cited(c, r.citation)}`),
  ];
}

const SHORT = 80;

function citations({ lang, say, cites, style }: Context): string[] {
  const cited = cites.list();
  if (!cited.length) return [];
  const lines = [style.heading(say('citations'))];
  cited.forEach((c, i) => {
    const basis = basisWords(c.basis, lang);
    lines.push(`  [${i + 1}] ${c.document} ${c.clause} · ${c.basis === 'text' ? basis : style.warn(basis)}`);
    const text = [...c.zh].length > SHORT ? `${[...c.zh].slice(0, SHORT).join('')}…` : c.zh;
    // A paraphrase is never put in quotation marks: it is our summary, not the source's words.
    lines.push(c.wording === 'paraphrase' ? `      ${text}${lang === 'en' ? ' ' : ''}${say('paraphrase')}` : `      “${text}”`);
    // The note in English is for English readers only: a Chinese answer never shows an English paragraph.
    if (lang === 'en') lines.push(`      ${c.en}`);
  });
  return lines;
}
