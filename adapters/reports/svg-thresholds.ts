// The matrix's size thresholds on one logarithmic axis, a lane per pack: where each pack draws its lines in
// attendees and floor area, coloured by the obligation the rule decides (or as a duty's or confirmation's condition).
import { type ObligationLevel, obligationRank } from '../../engine/index.js';
import { escapeHtml } from './html-page.js';
import type { MatrixReport } from './matrix.js';
import { OBLIGATION_COLOURS, OTHER_CONDITION_COLOUR } from './obligation-colours.js';
import { word } from './report-words.js';
import type { Threshold } from './thresholds.js';

const LABEL_WIDTH = 170;
const PLOT_WIDTH = 640;
const RIGHT_MARGIN = 40;
const LANE_HEIGHT = 60;
const AXIS_HEIGHT = 28;

interface Marker {
  value: number;
  label: string;
  level?: ObligationLevel;
  rules: string[];
}

function markersOf(thresholds: Threshold[]): Marker[] {
  const byTest = new Map<string, Marker>();
  for (const t of thresholds) {
    const key = `${t.fact}\u0000${t.operator}\u0000${t.value}`;
    const marker = byTest.get(key) ?? { value: t.value, label: t.test, rules: [] };
    if (!marker.rules.includes(t.rule)) marker.rules.push(t.rule);
    if (t.level && (!marker.level || obligationRank(t.level) > obligationRank(marker.level))) marker.level = t.level;
    byTest.set(key, marker);
  }
  return [...byTest.values()].sort((a, b) => a.value - b.value);
}

function decades(thresholds: Threshold[]): { low: number; high: number } {
  const values = thresholds.map((t) => t.value).filter((v) => v > 0);
  if (!values.length) return { low: 1, high: 4 };
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.floor(Math.log10(Math.max(...values))) + 1;
  return { low, high: Math.max(high, low + 1) };
}

export function thresholdChart(report: MatrixReport): string {
  const { lang } = report;
  const { low, high } = decades(report.thresholds);
  const x = (value: number) => {
    const log = Math.log10(Math.max(value, 10 ** low));
    return LABEL_WIDTH + ((log - low) / (high - low)) * PLOT_WIDTH;
  };
  const width = LABEL_WIDTH + PLOT_WIDTH + RIGHT_MARGIN;
  const height = report.packs.length * LANE_HEIGHT + AXIS_HEIGHT;
  const title = word('thresholds', lang);
  const parts: string[] = [
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
  ];
  report.packs.forEach((pack, lane) => {
    const top = lane * LANE_HEIGHT;
    const mid = top + LANE_HEIGHT / 2;
    parts.push(
      `<text x="${LABEL_WIDTH - 10}" y="${mid + 4}" text-anchor="end" font-size="12" fill="#1a1a1a">${escapeHtml(pack.id)}</text>`,
      `<line x1="${LABEL_WIDTH}" y1="${mid}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y2="${mid}" stroke="#bbb"/>`,
    );
    const markers = markersOf(report.thresholds.filter((t) => t.pack === pack.id));
    if (!markers.length) {
      parts.push(
        `<text x="${LABEL_WIDTH + 8}" y="${mid - 6}" font-size="11" fill="#777">${escapeHtml(word('noThresholds', lang))}</text>`,
      );
    }
    markers.forEach((marker, i) => {
      const colour = marker.level ? OBLIGATION_COLOURS[marker.level].fill : OTHER_CONDITION_COLOUR.fill;
      const cx = x(marker.value);
      const labelY = i % 2 === 0 ? mid - 12 : mid + 22;
      parts.push(
        `<g><title>${escapeHtml(`${marker.label} · ${marker.rules.join(', ')}`)}</title>` +
          `<line x1="${cx}" y1="${mid - 8}" x2="${cx}" y2="${mid + 8}" stroke="${colour}" stroke-width="3"/>` +
          `<circle cx="${cx}" cy="${mid}" r="5" fill="${colour}" stroke="#1a1a1a" stroke-width=".5"/>` +
          `<text x="${cx}" y="${labelY}" text-anchor="middle" font-size="11" fill="#1a1a1a">${escapeHtml(marker.label)}</text></g>`,
      );
    });
  });
  const axisY = report.packs.length * LANE_HEIGHT + 4;
  parts.push(`<line x1="${LABEL_WIDTH}" y1="${axisY}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y2="${axisY}" stroke="#555"/>`);
  for (let d = low; d <= high; d++) {
    const tx = x(10 ** d);
    parts.push(
      `<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + 5}" stroke="#555"/>`,
      `<text x="${tx}" y="${axisY + 18}" text-anchor="middle" font-size="11" fill="#555">${10 ** d}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
