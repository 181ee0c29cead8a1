// The matrix's size thresholds on one logarithmic axis, a lane per pack (named by its jurisdiction): where each pack
// draws its lines in attendees and floor area, coloured by the obligation the rule decides (or as a duty's or
// confirmation's condition), each line labelled with its test, no two labels overlapping.
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

/** About how wide a label is drawn at font-size 11: a CJK character is square, a Latin one about half as wide. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 11 : 6.5;
  return width;
}

const ROW_STEP = 14;
const LABEL_GAP = 6;

/** A label placed in a lane: its text's centre, its row (0, 2, 4 … above the line; 1, 3, 5 … below) and width. */
export interface PlacedLabel {
  x: number;
  row: number;
  width: number;
}

/**
 * Each label in the first row where it overlaps no label already there: rows alternate above and below the line and
 * move outwards, so labels of markers at the same place (Jining's ‹200人 and ≥200人) or close together never overlap.
 * A label stays inside [left, right].
 */
export function placeLabels(items: { x: number; text: string }[], left: number, right: number): PlacedLabel[] {
  const rows: { from: number; to: number }[][] = [];
  return items.map(({ x, text }) => {
    const width = labelWidth(text);
    const centre = Math.min(Math.max(x, left + width / 2), right - width / 2);
    const span = { from: centre - width / 2 - LABEL_GAP / 2, to: centre + width / 2 + LABEL_GAP / 2 };
    let row = 0;
    while ((rows[row] ?? []).some((o) => o.from < span.to && span.from < o.to)) row++;
    (rows[row] ??= []).push(span);
    return { x: centre, row, width };
  });
}

/** The baseline of a label's row, from the lane's line. */
const rowOffset = (row: number) => (row % 2 === 0 ? -12 - ROW_STEP * (row / 2) : 22 + ROW_STEP * ((row - 1) / 2));

export function thresholdChart(report: MatrixReport): string {
  const { lang } = report;
  const { low, high } = decades(report.thresholds);
  const x = (value: number) => {
    const log = Math.log10(Math.max(value, 10 ** low));
    return LABEL_WIDTH + ((log - low) / (high - low)) * PLOT_WIDTH;
  };
  const width = LABEL_WIDTH + PLOT_WIDTH + RIGHT_MARGIN;
  const lanes = report.packs.map((pack) => {
    const markers = markersOf(report.thresholds.filter((t) => t.pack === pack.id));
    const labels = placeLabels(
      markers.map((m) => ({ x: x(m.value), text: m.label })),
      LABEL_WIDTH,
      width - 2,
    );
    const rows = Math.max(0, ...labels.map((l) => l.row));
    const above = Math.floor(rows / 2);
    const below = rows >= 1 ? Math.floor((rows - 1) / 2) : 0;
    const height = Math.max(LANE_HEIGHT, LANE_HEIGHT + ROW_STEP * (above + below));
    return { pack, markers, labels, top: 0, mid: LANE_HEIGHT / 2 + ROW_STEP * above, height };
  });
  let top = 0;
  for (const lane of lanes) {
    lane.top = top;
    lane.mid += top;
    top += lane.height;
  }
  const height = top + AXIS_HEIGHT;
  const title = word('thresholds', lang);
  const parts: string[] = [
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
  ];
  for (const { pack, markers, labels, mid } of lanes) {
    parts.push(
      `<text x="${LABEL_WIDTH - 10}" y="${mid + 4}" text-anchor="end" font-size="12" fill="#1a1a1a">${escapeHtml(pack.jurisdiction)}</text>`,
      `<line x1="${LABEL_WIDTH}" y1="${mid}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y2="${mid}" stroke="#bbb"/>`,
    );
    if (!markers.length) {
      parts.push(
        `<text x="${LABEL_WIDTH + 8}" y="${mid - 6}" font-size="11" fill="#595959">${escapeHtml(word('noThresholds', lang))}</text>`,
      );
    }
    markers.forEach((marker, i) => {
      const colour = marker.level ? OBLIGATION_COLOURS[marker.level].fill : OTHER_CONDITION_COLOUR.fill;
      const cx = x(marker.value);
      const label = labels[i] as PlacedLabel;
      parts.push(
        `<g class="threshold"><title>${escapeHtml(marker.label)}</title>` +
          `<line x1="${cx}" y1="${mid - 8}" x2="${cx}" y2="${mid + 8}" stroke="${colour}" stroke-width="3"/>` +
          `<circle cx="${cx}" cy="${mid}" r="5" fill="${colour}" stroke="#1a1a1a" stroke-width=".5"/>` +
          `<text x="${label.x}" y="${mid + rowOffset(label.row)}" text-anchor="middle" font-size="11" fill="#1a1a1a">${escapeHtml(marker.label)}</text></g>`,
      );
    });
  }
  const axisY = top + 4;
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
