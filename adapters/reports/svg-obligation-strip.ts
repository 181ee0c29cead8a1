// The compare report's answer at a glance: one box per pack (named by its jurisdiction), coloured and labelled by
// the obligation.
import { type Lang, type Obligation, OBLIGATION_LABELS } from '../../engine/index.js';
import { escapeHtml } from './html-page.js';
import { OBLIGATION_COLOURS } from './obligation-colours.js';

const BOX_WIDTH = 210;
const BOX_HEIGHT = 40;
const GAP = 10;
const TOP = 22;

export function obligationStrip(answers: { pack: string; obligation: Obligation }[], lang: Lang, title: string): string {
  const width = Math.max(answers.length, 1) * (BOX_WIDTH + GAP);
  const height = TOP + BOX_HEIGHT + 4;
  const parts = [
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
  ];
  answers.forEach((answer, i) => {
    const x = i * (BOX_WIDTH + GAP);
    const colour = OBLIGATION_COLOURS[answer.obligation];
    // The obligation by its name; a note in brackets is left to the legend below, where it fits.
    const label = OBLIGATION_LABELS[answer.obligation][lang].replace(/\s*[（(][^）)]*[）)]$/, '');
    parts.push(
      `<text x="${x + 2}" y="15" font-size="12" fill="#1a1a1a">${escapeHtml(answer.pack)}</text>`,
      `<rect x="${x}" y="${TOP}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="4" fill="${colour.fill}"/>`,
      `<text x="${x + BOX_WIDTH / 2}" y="${TOP + BOX_HEIGHT / 2 + 5}" text-anchor="middle" font-size="13" fill="${colour.text}">${escapeHtml(label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
