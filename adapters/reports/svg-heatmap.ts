// The sweep of one pack and one kind as a heat-map: a row per organizer, a column per size, each cell coloured by
// the obligation and labelled with its short name (colour is never the only cue), with a tooltip naming the rules.
import { type EventKind, OBLIGATION_LABELS } from '../../engine/index.js';
import { escapeHtml } from './html-page.js';
import { OBLIGATION_COLOURS } from './obligation-colours.js';
import { OBLIGATION_SHORT, word } from './report-words.js';
import type { SweepCell, SweepReport } from './sweep.js';

const LABEL_WIDTH = 200;
const CELL_WIDTH = 50;
const CELL_HEIGHT = 26;
const HEADER_HEIGHT = 22;

type FindCell = (pack: string, kind: EventKind, organizer: string, size: number) => SweepCell | undefined;

export function sweepHeatmap(report: SweepReport, packId: string, kind: EventKind, find: FindCell): string {
  const { lang, sizes, organizers } = report;
  const width = LABEL_WIDTH + sizes.length * CELL_WIDTH;
  const height = HEADER_HEIGHT + organizers.length * CELL_HEIGHT;
  const kindLabel = report.kinds.find((k) => k.code === kind)?.label ?? kind;
  const parts: string[] = [
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`${packId} · ${kindLabel}`)}">`,
    `<title>${escapeHtml(`${packId} · ${kindLabel}`)}</title>`,
    `<text x="${LABEL_WIDTH - 8}" y="15" text-anchor="end" font-size="11" fill="#555">${escapeHtml(word('size', lang))}</text>`,
  ];
  sizes.forEach((size, i) => {
    const x = LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2;
    parts.push(`<text x="${x}" y="15" text-anchor="middle" font-size="11" fill="#333">${size}</text>`);
  });
  organizers.forEach((organizer, j) => {
    const y = HEADER_HEIGHT + j * CELL_HEIGHT;
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + CELL_HEIGHT / 2 + 4}" text-anchor="end" font-size="12" fill="#1a1a1a">${escapeHtml(organizer.label)}</text>`,
    );
    sizes.forEach((size, i) => {
      const cell = find(packId, kind, organizer.key, size);
      if (!cell) return;
      const colour = OBLIGATION_COLOURS[cell.obligation];
      const x = LABEL_WIDTH + i * CELL_WIDTH;
      const tip = [`${organizer.label} · ${size}`, OBLIGATION_LABELS[cell.obligation][lang], cell.rules.join(', ')].filter(Boolean).join('\n');
      parts.push(
        `<g><title>${escapeHtml(tip)}</title>` +
          `<rect x="${x + 1}" y="${y + 1}" width="${CELL_WIDTH - 2}" height="${CELL_HEIGHT - 2}" rx="2" fill="${colour.fill}" stroke="#ffffff"/>` +
          `<text x="${x + CELL_WIDTH / 2}" y="${y + CELL_HEIGHT / 2 + 4}" text-anchor="middle" font-size="11" fill="${colour.text}">${escapeHtml(OBLIGATION_SHORT[cell.obligation][lang])}</text></g>`,
      );
    });
  });
  parts.push('</svg>');
  return parts.join('\n');
}
