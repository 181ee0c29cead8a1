// The simulation's chart: for each obligation a bar per pack (the new pack, then the baseline, lighter), as long as
// the events it answers so, each labelled with its count; the packs are told apart by the legend under the chart.
import type { Lang } from '../../engine/index.js';
import { escapeHtml } from '../reports/html-page.js';
import { OBLIGATION_COLOURS, OBLIGATION_ORDER } from '../reports/obligation-colours.js';
import { labelWidth } from '../reports/svg-thresholds.js';
import type { SimulationReport } from './simulation-report.js';

const PLOT_WIDTH = 520;
const BAR_HEIGHT = 18;
const GAP = 10;

export function obligationBars(report: SimulationReport, title: string, lang: Lang): string {
  const rows = OBLIGATION_ORDER.filter((o) => report.sides.some((s) => s.obligations.some((r) => r.obligation === o)));
  const labels = rows.map((o) => report.sides.flatMap((s) => s.obligations).find((r) => r.obligation === o)?.label ?? '');
  const labelSpace = Math.ceil(Math.max(80, ...labels.map(labelWidth))) + 12;
  const max = Math.max(1, ...report.sides.flatMap((s) => s.obligations.map((r) => r.count)));
  const group = report.sides.length * BAR_HEIGHT + GAP;
  const width = labelSpace + PLOT_WIDTH + 90;
  const height = rows.length * group + GAP;
  const parts = [`<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`, `<title>${escapeHtml(title)}</title>`];
  rows.forEach((obligation, i) => {
    const y = GAP + i * group;
    parts.push(`<text x="0" y="${y + BAR_HEIGHT - 4}" font-size="12" fill="#1a1a1a">${escapeHtml(labels[i] ?? '')}</text>`);
    report.sides.forEach((side, s) => {
      const count = side.obligations.find((r) => r.obligation === obligation)?.count ?? 0;
      const length = Math.round((count / max) * PLOT_WIDTH);
      const top = y + s * BAR_HEIGHT;
      const opacity = side.role === 'baseline' ? ' fill-opacity="0.45"' : '';
      parts.push(
        `<rect x="${labelSpace}" y="${top}" width="${Math.max(length, 1)}" height="${BAR_HEIGHT - 3}" fill="${OBLIGATION_COLOURS[obligation].fill}"${opacity} stroke="#555" stroke-width="0.5"/>`,
        `<text x="${labelSpace + length + 6}" y="${top + BAR_HEIGHT - 6}" font-size="11" fill="#1a1a1a">${count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return parts.join('\n');
}
