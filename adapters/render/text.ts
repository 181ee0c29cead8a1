// A determination as text for a person at a terminal, in the determination's language: the answer first,
// then what is missing, the duties, how to confirm, the offsets, and every citation in full at the end.
import { type Determination, DUTY_LABELS, INSTRUMENT_LABELS, type Lang, OBLIGATION_LABELS } from '../../engine/index.js';
import { CitationIndex } from './citation-index.js';
import { plainStyle, type Style, terminalStyle } from './style.js';
import { VERDICT_LABELS } from '../../engine/index.js';
import { BASIS_WORDS, fill, STANDING_WORDS, WORDS } from './words.js';

export interface TextOptions {
  /** ANSI bold and colors; leave off unless writing to a terminal. */
  color?: boolean;
}

interface Context {
  d: Determination;
  lang: Lang;
  say: (word: keyof typeof WORDS) => string;
  colon: string;
  /** `（text）` in Chinese, ` (text)` in English. */
  paren: (text: string) => string;
  /** Between parts of a sentence: `，` / `, `. */
  comma: string;
  cites: CitationIndex;
  style: Style;
}

type Section = (c: Context) => string[];

/** Renders the determination; sections with nothing to say are left out. */
export function renderDetermination(d: Determination, options: TextOptions = {}): string {
  const lang = d.lang;
  const c: Context = {
    d,
    lang,
    say: (word) => WORDS[word][lang],
    colon: lang === 'zh' ? '：' : ': ',
    paren: (text) => (lang === 'zh' ? `（${text}）` : ` (${text})`),
    comma: lang === 'zh' ? '，' : ', ',
    cites: new CitationIndex(),
    style: options.color ? terminalStyle : plainStyle,
  };
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
    citations,
  ];
  return `${sections
    .map((section) => section(c))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function header({ d, say, colon, style }: Context): string[] {
  const base = d.pack.chain.filter((p) => p.id !== d.pack.id);
  const chain = base.length ? `, ${say('chain')} ${base.map((p) => `${p.id} ${p.version}`).join(' → ')}` : '';
  return [
    style.heading(`${say('title')} · ${d.pack.title}`),
    `${d.pack.id} ${d.pack.version}${chain}`,
    `${say('asOf')}${colon}${d.asOf ?? say('asOfUnknown')}`,
  ];
}

function answer({ d, lang, say, colon, style }: Context): string[] {
  const lines = [style.heading(`${say('answer')}${colon}${OBLIGATION_LABELS[d.obligation][lang]}`), `  ${d.summary}`];
  if (d.obligationAtLeast) lines.push(`  ${say('atLeast')}${colon}${OBLIGATION_LABELS[d.obligationAtLeast][lang]}`);
  return lines;
}

function readings({ d, say, colon, paren, cites, style }: Context): string[] {
  if (!d.readings.length) return [];
  const lines = [style.heading(say('readings'))];
  for (const r of d.readings) {
    const used = `${r.optionLabel}${r.isDefault ? paren(say('readingDefault')) : ''}`;
    lines.push(`  - ${r.question}`, `    ${say('readingUsed')}${colon}${used}${r.citation ? ` · ${cites.ref(r.citation)}` : ''}`);
    for (const alt of r.alternatives) {
      lines.push(`    ${fill(say('readingIf'), { option: alt.label })}${colon}${alt.summary}${alt.citation ? ` · ${cites.ref(alt.citation)}` : ''}`);
    }
  }
  return lines;
}

function subjectName(subject: string, c: Context): string {
  if (subject === 'obligation') return c.say('answer');
  if (subject === 'confirmation') return c.say('confirmation');
  if (subject === 'offsets') return c.say('plan');
  const duty = subject.replace(/^duty:/, '') as keyof typeof DUTY_LABELS;
  return DUTY_LABELS[duty]?.[c.lang] ?? subject;
}

function missing(c: Context): string[] {
  const { d, say, colon, paren, style } = c;
  if (!d.missingFacts.length) return [];
  const sep = c.lang === 'zh' ? '、' : ', ';
  const lines = [style.heading(say('missing'))];
  for (const q of d.questions) {
    const subjects = d.undecided.filter((u) => u.missingFacts.includes(q.fact)).map((u) => subjectName(u.subject, c));
    for (const duty of d.duties) if (duty.missingFacts?.includes(q.fact)) subjects.push(duty.title);
    const affects = subjects.length ? paren(`${say('affects')}${colon}${[...new Set(subjects)].join(sep)}`) : '';
    // Facts of an offset line have no question of their own: the fact path says what to give.
    const question = q.question === q.fact ? say('provide') : q.question;
    lines.push(`  - ${style.strong(q.fact)}${colon}${question}${affects}`);
  }
  return lines;
}

function assumptions({ d, say, cites, style }: Context): string[] {
  if (!d.assumptions.length) return [];
  return [
    style.heading(say('assumptions')),
    ...d.assumptions.map((a) => `  - ${a.fact} = ${String(a.value)} · ${cites.ref(a.citation)}`),
  ];
}

function warnings({ d, say, style }: Context): string[] {
  if (!d.warnings.length) return [];
  return [style.heading(say('warnings')), ...d.warnings.map((w) => `  ! ${style.warn(w)}`)];
}

function duties(c: Context): string[] {
  const { d, say, colon, paren, cites, style, lang } = c;
  const lines = [style.heading(say('duties'))];
  const open = d.undecided.filter((u) => u.subject.startsWith('duty:'));
  if (!d.duties.length && !open.length) return [...lines, `  ${say('notCovered')}`];
  for (const duty of d.duties) {
    const needs = duty.missingFacts?.join(', ');
    const when = duty.due
      ? `${say('due')} ${style.strong(duty.due)}${paren(duty.dueText)}`
      : needs
        ? `${say('due')} ?${paren(`${fill(say('needs'), { facts: needs })}${lang === 'zh' ? '；' : '; '}${duty.dueText}`)}`
        : `${say('noDate')}${paren(duty.dueText)}`;
    const applies = ` · ${duty.binding ? say('binding') : say('ifNeutralizing')}`;
    const lineList = duty.governs?.lines?.map((i) => i + 1).join(lang === 'zh' ? '、' : ', ');
    const governs = duty.governs
      ? ` · ${duty.governs.label}${lineList ? paren(fill(say('planLines'), { lines: lineList })) : ''}`
      : '';
    lines.push(`  - ${duty.title}${colon}${when}${governs}${applies}`, `    ${cites.ref(duty.citation)}`);
    if (duty.note) lines.push(`    ${duty.note}`);
  }
  for (const u of open)
    lines.push(
      `  - ${subjectName(u.subject, c)}${colon}${say('undecided')}${paren(fill(say('needs'), { facts: u.missingFacts.join(', ') }))}`,
    );
  return lines;
}

function confirmation({ d, say, paren, cites, style }: Context): string[] {
  const lines = [style.heading(say('confirmation'))];
  const open = d.undecided.find((u) => u.subject === 'confirmation');
  if (!d.confirmation.routes.length && !open) return [...lines, `  ${say('notCovered')}`];
  lines.push(...d.confirmation.routes.map((r) => `  - ${r.label} · ${cites.ref(r.citation)}`));
  if (open) lines.push(`  - ${say('undecided')}${paren(fill(say('needs'), { facts: open.missingFacts.join(', ') }))}`);
  return lines;
}

function offsets({ d, lang, say, colon, paren, cites, style }: Context): string[] {
  const { accepted, excluded, encouraged, retirement } = d.offsets;
  if (!accepted.length && !excluded.length && !encouraged.length && !retirement.length) return [];
  const lines = [style.heading(say('accepted'))];
  for (const a of accepted) {
    lines.push(
      `  ${a.rank}. ${a.label}${a.label.includes(a.instrument) ? '' : paren(a.instrument)} · ${STANDING_WORDS[a.standing][lang]} · ${cites.ref(a.citation)}`,
    );
    for (const condition of a.conditions) lines.push(`     - ${condition.text} · ${cites.ref(condition.citation)}`);
  }
  for (const x of excluded) {
    lines.push(
      `  ✗ ${say('excluded')}${colon}${INSTRUMENT_LABELS[x.instrument][lang]}${paren(x.instrument)}${colon}${x.reason} · ${cites.ref(x.citation)}`,
    );
  }
  for (const e of encouraged) lines.push(`  + ${e.text} · ${cites.ref(e.citation)}`);
  for (const r of retirement) lines.push(`  → ${r.instruments.join(', ')}${colon}${r.where} · ${cites.ref(r.citation)}`);
  const unlisted = d.offsets.unlisted;
  if (unlisted) lines.push(`  ~ ${say('unlisted')}${colon}${unlisted.reason} · ${cites.ref(unlisted.citation)}`);
  return lines;
}

function plan({ d, lang, say, colon, paren, comma, cites, style }: Context): string[] {
  const check = d.offsets.check;
  if (!check) return [];
  const lines = [style.heading(say('plan'))];
  for (const line of check.lines) {
    const verdict = style.verdict(line.verdict, VERDICT_LABELS[line.verdict][lang]);
    const counted = line.counted ? say('counted') : say('notCounted');
    lines.push(`  offsets[${line.index}] ${line.instrument} ${line.quantityTco2e} tCO2e${colon}${verdict}${paren(counted)}`);
    for (const reason of line.reasons)
      lines.push(`    - ${reason.message}${reason.citation ? ` · ${cites.ref(reason.citation)}` : ''}`);
  }
  const emissions = check.emissions === null ? say('emissionsUnknown') : `${check.emissions} tCO2e`;
  const shortfall = check.shortfall === null ? '' : `${comma}${say('shortfall')} ${check.shortfall} tCO2e`;
  const parts = [
    `${say('total')} ${check.total} tCO2e`,
    `${say('counted')} ${check.counted} tCO2e`,
    `${say('emissions')} ${emissions}${shortfall}`,
  ];
  lines.push(`  ${parts.join(comma)}`);
  const sufficient =
    check.sufficient === true
      ? say('sufficientYes')
      : check.sufficient === false
        ? say('sufficientNo')
        : say('sufficientUnknown');
  lines.push(`  ${style.strong(sufficient)}`);
  if (check.partialAllowed)
    lines.push(`  ${say('partialAllowed')}${check.coverageCitation ? ` · ${cites.ref(check.coverageCitation)}` : ''}`);
  for (const w of check.warnings) lines.push(`  ! ${style.warn(w.message)}`);
  return lines;
}

function rules({ d, say, paren, cites, style }: Context): string[] {
  if (!d.reasons.length) return [];
  return [
    style.heading(say('rules')),
    ...d.reasons.map((r) => {
      const inherited = r.origin === d.pack.id ? '' : ` ← ${r.origin}`;
      return `  - ${r.title}${paren(`${r.rule}${inherited}`)} · ${cites.ref(r.citation)}`;
    }),
  ];
}

const SHORT = 80;

function citations({ lang, say, cites, style }: Context): string[] {
  const list = cites.list();
  if (!list.length) return [];
  const lines = [style.heading(say('citations'))];
  list.forEach((c, i) => {
    const basis = BASIS_WORDS[c.basis][lang];
    lines.push(`  [${i + 1}] ${c.document} ${c.clause} · ${c.basis === 'text' ? basis : style.warn(basis)}`);
    const text = [...c.zh].length > SHORT ? `${[...c.zh].slice(0, SHORT).join('')}…` : c.zh;
    // A paraphrase is never put in quotation marks: it is our summary, not the source's words.
    lines.push(c.wording === 'paraphrase' ? `      ${text}${say('paraphrase')}` : `      “${text}”`);
    if (lang === 'en') lines.push(`      ${c.en}`);
  });
  return lines;
}
