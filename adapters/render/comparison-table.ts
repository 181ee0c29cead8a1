// Several answers for one event side by side: a column per pack, a row per point of the answer. Rows whose
// values differ between packs are marked with ≠.
import { type Determination, DUTY_IDS, DUTY_LABELS, type Lang, OBLIGATION_LABELS } from '../../engine/index.js';
import type { Difference } from '../compare/differences.js';
import { makeTable } from './table.js';
import { WORDS } from './words.js';

const TOP = 3;

const ROW_WORDS = {
  obligation: { zh: '结论', en: 'Obligation' },
  confirmation: { zh: '确认方式', en: 'Confirmation' },
  instruments: { zh: `首选抵消产品（前 ${TOP} 位）`, en: `Top-ranked instruments (first ${TOP})` },
  missing: { zh: '缺少的信息', en: 'Missing facts' },
  plan: { zh: '抵消计划', en: 'Offset plan' },
  noDuty: { zh: '—（无此义务）', en: '— (not a duty)' },
  differs: { zh: '≠ 表示各政策结论不同', en: '≠ marks rows where the packs differ' },
};

export function renderComparison(
  determinations: Record<string, Determination>,
  diffs: Difference[],
  lang: Lang,
  color: boolean,
): string {
  const packs = Object.entries(determinations);
  const differing = new Set(diffs.map((d) => d.field));
  const say = (key: keyof typeof ROW_WORDS) => ROW_WORDS[key][lang];
  const table = makeTable(['', ...packs.map(([id, d]) => `${id} ${d.pack.version}`)], color);
  const row = (label: string, fields: string[], cell: (d: Determination) => string) => {
    const marked = fields.some((f) => differing.has(f)) ? `≠ ${label}` : label;
    table.push([marked, ...packs.map(([, d]) => cell(d))]);
  };

  row(say('obligation'), ['obligation', 'obligationAtLeast'], (d) => OBLIGATION_LABELS[d.obligation][lang]);
  for (const duty of DUTY_IDS) {
    if (!packs.some(([, d]) => d.duties.some((x) => x.duty === duty))) continue;
    row(DUTY_LABELS[duty][lang], [`duties.${duty}`], (d) => {
      const found = d.duties.find((x) => x.duty === duty);
      if (!found) return say('noDuty');
      return found.due ? `${found.due}\n${found.dueText}` : `${WORDS.noDate[lang]}\n${found.dueText}`;
    });
  }
  row(
    say('confirmation'),
    ['confirmation.modes'],
    (d) => d.confirmation.routes.map((r) => r.label).join('\n') || '—',
  );
  row(
    say('instruments'),
    ['offsets.accepted'],
    (d) =>
      d.offsets.accepted
        .slice(0, TOP)
        .map((a) => `${a.rank}. ${a.instrument}`)
        .join('\n') || '—',
  );
  if (packs.some(([, d]) => d.missingFacts.length))
    row(say('missing'), ['missingFacts'], (d) => d.missingFacts.join('\n') || '—');
  if (packs.some(([, d]) => d.offsets.check)) {
    row(say('plan'), ['offsets.check.sufficient', 'offsets.check.shortfall'], (d) => {
      const check = d.offsets.check;
      if (!check) return '—';
      const verdict =
        check.sufficient === true
          ? WORDS.sufficientYes
          : check.sufficient === false
            ? WORDS.sufficientNo
            : WORDS.sufficientUnknown;
      return check.shortfall ? `${verdict[lang]}\n${WORDS.shortfall[lang]} ${check.shortfall} tCO2e` : verdict[lang];
    });
  }
  const note = differing.size ? `\n${say('differs')}` : '';
  return `${table.toString()}${note}\n`;
}
