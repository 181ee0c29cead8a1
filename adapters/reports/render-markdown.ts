// Reports as Markdown: a table per report (a column per pack), citations as footnote-like "[n]" in the cells and
// listed in full at the end.
import { type Citation, OBLIGATION_LABELS, type Obligation } from '../../engine/index.js';
import { CitationIndex } from '../render/citation-index.js';
import type { CitedItem } from './cited-item.js';
import type { CompareReport } from './compare-report.js';
import type { MatrixReport } from './matrix.js';
import type { Report } from './report.js';
import { asOfLine, footnoteText, packDetails, packHeading, reportTitle } from './report-headings.js';
import { labelled, OBLIGATION_SHORT, word } from './report-words.js';
import { cellFinder, describeFixedFacts, type SweepReport } from './sweep.js';

/** Text safe inside a table cell: no pipe, no raw HTML, line breaks as <br>. */
export function cellText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, '<br>');
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A Markdown table: the head's cells made safe here, the rows' cells already made safe by the caller. */
export function table(head: string[], rows: string[][]): string[] {
  return [tableRow(head.map(cellText)), tableRow(head.map(() => '---')), ...rows.map(tableRow)];
}

function refs(citations: Citation[], index: CitationIndex): string {
  return citations.map((c) => `${c.clause} [${index.number(c)}]`).join('; ');
}

function itemText(item: CitedItem, index: CitationIndex): string {
  return item.citations.length ? `${item.text} — ${refs(item.citations, index)}` : item.text;
}

/** The items of one cell, one per line; a dash when the pack says nothing. */
function itemsCell(items: CitedItem[], index: CitationIndex, none: string): string {
  if (!items.length) return none;
  return items.map((item) => cellText(itemText(item, index))).join('<br>');
}

function header(report: Report): string[] {
  const lang = report.lang;
  return [
    `# ${reportTitle(report)}`,
    '',
    `${asOfLine(report)} · ${word('generatedFrom', lang)}`,
    '',
    ...report.packs.map((p) => `- ${labelled(`**${packHeading(p)}**`, cellText(packDetails(p, lang)), lang)}`),
    '',
  ];
}

function footnotes(report: Report, index: CitationIndex): string[] {
  if (!index.list().length) return [];
  return [
    '',
    `## ${word('citations', report.lang)}`,
    '',
    ...index.list().map((c, i) => `- [${i + 1}] ${cellText(footnoteText(c, report.lang))}`),
  ];
}

function matrixBody(report: MatrixReport, index: CitationIndex): string[] {
  const none = word('none', report.lang);
  return table(
    ['', ...report.packs.map(packHeading)],
    report.rows.map((row) => [`**${cellText(row.label)}**`, ...report.packs.map((p) => itemsCell(row.cells[p.id] ?? [], index, none))]),
  );
}

function compareBody(report: CompareReport, index: CitationIndex): string[] {
  const lang = report.lang;
  const none = word('none', lang);
  const rows = report.rows.map((row) => [
    `**${row.differs ? '≠ ' : ''}${cellText(row.label)}**`,
    ...report.packs.map((p) => itemsCell(row.cells[p.id] ?? [], index, none)),
  ]);
  return [
    `## ${word('event', lang)}`,
    '',
    ...report.eventText.map((f) => `- ${cellText(labelled(f.label, f.value, lang))}`),
    '',
    ...table(['', ...report.packs.map(packHeading)], rows),
    '',
    word('differs', lang),
    '',
    ...report.packs.map((p) => `- **${packHeading(p)}**: ${cellText(report.summaries[p.id] ?? '')}`),
  ];
}

function short(obligation: Obligation, lang: 'zh' | 'en'): string {
  return OBLIGATION_SHORT[obligation][lang];
}

function sweepBody(report: SweepReport, index: CitationIndex): string[] {
  const lang = report.lang;
  const out: string[] = [
    word('sweepEvent', lang, { asOf: report.asOf, facts: describeFixedFacts(report.fixed, lang) }),
    word('sizeMeaning', lang),
    '',
    `${word('legend', lang)}: ${(Object.keys(OBLIGATION_SHORT) as Obligation[]).map((o) => `${short(o, lang)} = ${OBLIGATION_LABELS[o][lang]}`).join(' · ')}`,
  ];
  const find = cellFinder(report.cells);
  for (const pack of report.packs) {
    out.push('', `## ${packHeading(pack)}`);
    for (const kind of report.kinds) {
      out.push('', `### ${cellText(kind.label)}`, '');
      const rows = report.organizers.map((o) => [
        cellText(o.label),
        ...report.sizes.map((size) => {
          const cell = find(pack.id, kind.code, o.key, size);
          return cell ? short(cell.obligation, lang) : '';
        }),
      ]);
      out.push(...table([word('organizer', lang), ...report.sizes.map(String)], rows));
    }
  }
  out.push('', `## ${word('lines', lang)}`, '');
  const lineRows = report.lines.map((line) => {
    const organizer = report.organizers.find((o) => o.key === line.organizer)?.label ?? line.organizer;
    const kind = report.kinds.find((k) => k.code === line.kind)?.label ?? line.kind;
    const reached = line.reached.map((r) => {
      const cites = r.rules.flatMap((id) => report.rules[line.pack]?.[id]?.citations ?? []);
      const text = `${OBLIGATION_LABELS[r.obligation][lang]} ${word('from', lang, { size: r.size })}`;
      return cellText(cites.length ? `${text} — ${refs(cites, index)}` : text);
    });
    const pack = report.packs.find((p) => p.id === line.pack);
    return [pack ? packHeading(pack) : line.pack, cellText(kind), cellText(organizer), reached.join('<br>')];
  });
  out.push(...table([word('pack', lang), word('kind', lang), word('organizer', lang), word('lines', lang)], lineRows));
  return out;
}

export function renderMarkdown(report: Report): string {
  const index = new CitationIndex();
  const body =
    report.kind === 'matrix' ? matrixBody(report, index) : report.kind === 'compare' ? compareBody(report, index) : sweepBody(report, index);
  return `${[...header(report), ...body, ...footnotes(report, index)].join('\n')}\n`;
}
