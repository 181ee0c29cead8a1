// The offsets of a determination as text: the instruments the pack accepts (in its order, with their conditions),
// those it excludes, and the check of the organizer's own plan, line by line. Instruments are named, never coded.
import {
  capital,
  inline,
  INSTRUMENT_LABELS,
  list,
  planLine,
  STANDING_LABELS,
  TONNES,
  VERDICT_LABELS,
} from '../../engine/index.js';
import { cited, type Context } from './text-context.js';

export function offsets(c: Context): string[] {
  const { d, lang, say, colon, paren, style } = c;
  const { accepted, excluded, encouraged, retirement } = d.offsets;
  if (!accepted.length && !excluded.length && !encouraged.length && !retirement.length) return [];
  const lines = [style.heading(say('offsets'))];
  for (const a of accepted) {
    lines.push(`  ${a.rank}. ${a.label} · ${STANDING_LABELS[a.standing][lang]}${cited(c, a.citation)}`);
    for (const condition of a.conditions) lines.push(`     - ${condition.text}${cited(c, condition.citation)}`);
  }
  for (const x of excluded) {
    const name = INSTRUMENT_LABELS[x.instrument][lang];
    lines.push(`  ✗ ${name}${paren(inline(say('excluded'), lang))}${colon}${x.reason}${cited(c, x.citation)}`);
  }
  for (const e of encouraged) lines.push(`  + ${e.text}${cited(c, e.citation)}`);
  for (const r of retirement) {
    const names = list(r.instruments.map((i) => INSTRUMENT_LABELS[i][lang]), lang);
    lines.push(`  → ${names}${colon}${r.where}${cited(c, r.citation)}`);
  }
  const unlisted = d.offsets.unlisted;
  if (unlisted) lines.push(`  ~ ${say('unlisted')}${colon}${unlisted.reason}${cited(c, unlisted.citation)}`);
  return lines;
}

export function plan(c: Context): string[] {
  const { d, lang, say, colon, paren, comma, style } = c;
  const check = d.offsets.check;
  if (!check) return [];
  const tonnes = (amount: string) => `${amount} ${TONNES[lang]}`;
  const lines = [style.heading(say('planResult'))];
  for (const line of check.lines) {
    const verdict = style.verdict(line.verdict, VERDICT_LABELS[line.verdict][lang]);
    const counted = inline(say(line.counted ? 'counted' : 'notCounted'), lang);
    const what = [capital(planLine(line.index, lang), lang), INSTRUMENT_LABELS[line.instrument][lang], tonnes(line.quantityTco2e)];
    lines.push(`  ${what.join(' · ')}${colon}${verdict}${paren(counted)}`);
    for (const reason of line.reasons) lines.push(`    - ${reason.message}${cited(c, reason.citation)}`);
  }
  const emissions = check.emissions === null ? say('emissionsUnknown') : tonnes(check.emissions);
  const parts = [
    `${say('total')} ${tonnes(check.total)}`,
    `${inline(say('counted'), lang)} ${tonnes(check.counted)}`,
    `${inline(say('emissions'), lang)} ${emissions}`,
    ...(check.shortfall === null ? [] : [`${inline(say('shortfall'), lang)} ${tonnes(check.shortfall)}`]),
  ];
  lines.push(`  ${parts.join(comma)}`);
  const sufficient = check.sufficient === true ? 'sufficient' : check.sufficient === false ? 'insufficient' : 'undecidedPlan';
  lines.push(`  ${style.strong(say(sufficient))}`);
  if (check.partialAllowed) lines.push(`  ${say('partialAllowed')}${cited(c, check.coverageCitation)}`);
  for (const w of check.warnings) lines.push(`  ! ${style.warn(w.message)}${cited(c, w.citation)}`);
  return lines;
}
