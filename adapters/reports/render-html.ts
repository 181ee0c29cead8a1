// Reports as one self-contained HTML page each: the tables of the Markdown rendering, charts as inline SVG, a
// legend with text for every colour, and the citations listed at the end with in-page links from each "[n]".
import { type Citation, type Lang, OBLIGATION_LABELS, type Obligation } from '../../engine/index.js';
import { CitationIndex } from '../render/citation-index.js';
import type { CitedItem } from './cited-item.js';
import type { CompareReport } from './compare-report.js';
import { escapeHtml, htmlPage } from './html-page.js';
import type { MatrixReport } from './matrix.js';
import { OBLIGATION_COLOURS, OBLIGATION_ORDER, OTHER_CONDITION_COLOUR, type Swatch } from './obligation-colours.js';
import type { Report } from './report.js';
import { asOfLine, footnoteText, packDetails, packHeading, reportTitle } from './report-headings.js';
import { labelled, OBLIGATION_SHORT, word } from './report-words.js';
import { obligationStrip } from './svg-obligation-strip.js';
import { sweepHeatmap } from './svg-heatmap.js';
import { thresholdChart } from './svg-thresholds.js';
import { cellFinder, describeFixedFacts, type SweepReport } from './sweep.js';

function refs(citations: Citation[], index: CitationIndex): string {
  if (!citations.length) return '';
  const links = citations.map((c) => {
    const n = index.number(c);
    return `${escapeHtml(c.clause)} <a href="#cite-${n}">[${n}]</a>`;
  });
  return ` <span class="refs">${links.join('; ')}</span>`;
}

function itemsCell(items: CitedItem[], index: CitationIndex, lang: Lang): string {
  if (!items.length) return `<span class="none">${escapeHtml(word('none', lang))}</span>`;
  const lines = items.map((item) => `<li>${escapeHtml(item.text)}${refs(item.citations, index)}</li>`);
  return `<ul class="items">${lines.join('')}</ul>`;
}

function packsHead(report: Report): string {
  return `<thead><tr><th></th>${report.packs.map((p) => `<th>${escapeHtml(packHeading(p))}</th>`).join('')}</tr></thead>`;
}

function swatchItem(swatch: Swatch, label: string): string {
  return `<li><span class="swatch" style="background:${swatch.fill}"></span>${escapeHtml(label)}</li>`;
}

function obligationLegend(lang: Lang, withShort: boolean, extra: string[] = []): string {
  const items = OBLIGATION_ORDER.map((o: Obligation) =>
    swatchItem(OBLIGATION_COLOURS[o], withShort ? `${OBLIGATION_SHORT[o][lang]} = ${OBLIGATION_LABELS[o][lang]}` : OBLIGATION_LABELS[o][lang]),
  );
  return `<ul class="legend" aria-label="${escapeHtml(word('legend', lang))}">${[...items, ...extra].join('')}</ul>`;
}

function header(report: Report): string {
  const lang = report.lang;
  const packs = report.packs.map(
    (p) => `<li>${labelled(`<strong>${escapeHtml(packHeading(p))}</strong>`, escapeHtml(packDetails(p, lang)), lang)}</li>`,
  );
  return `<header>
<h1>${escapeHtml(reportTitle(report))}</h1>
<p class="meta">${escapeHtml(asOfLine(report))} · ${escapeHtml(word('generatedFrom', lang))}</p>
<ul class="packs">${packs.join('')}</ul>
</header>`;
}

function footnotes(report: Report, index: CitationIndex): string {
  if (!index.list().length) return '';
  const items = index.list().map((c, i) => `<li id="cite-${i + 1}">[${i + 1}] ${escapeHtml(footnoteText(c, report.lang))}</li>`);
  return `<footer><h2>${escapeHtml(word('citations', report.lang))}</h2><ol class="citations">${items.join('')}</ol></footer>`;
}

function matrixBody(report: MatrixReport, index: CitationIndex): string {
  const lang = report.lang;
  const rows = report.rows.map(
    (row) =>
      `<tr><th scope="row">${escapeHtml(row.label)}</th>${report.packs.map((p) => `<td>${itemsCell(row.cells[p.id] ?? [], index, lang)}</td>`).join('')}</tr>`,
  );
  return `<figure>
<figcaption>${escapeHtml(word('thresholds', lang))}</figcaption>
${thresholdChart(report)}
${obligationLegend(lang, false, [swatchItem(OTHER_CONDITION_COLOUR, word('otherCondition', lang))])}
</figure>
<table>${packsHead(report)}<tbody>${rows.join('\n')}</tbody></table>`;
}

function compareBody(report: CompareReport, index: CitationIndex): string {
  const lang = report.lang;
  const answers = report.packs.map((p) => ({ pack: p.jurisdiction, obligation: report.obligations[p.id] ?? 'undetermined' }));
  const rows = report.rows.map((row) => {
    const mark = row.differs ? '<span class="mark" title="≠">≠</span> ' : '';
    return `<tr${row.differs ? ' class="differs"' : ''}><th scope="row">${mark}${escapeHtml(row.label)}</th>${report.packs
      .map((p) => `<td>${itemsCell(row.cells[p.id] ?? [], index, lang)}</td>`)
      .join('')}</tr>`;
  });
  const summaries = report.packs.map((p) => `<li><strong>${escapeHtml(packHeading(p))}</strong>: ${escapeHtml(report.summaries[p.id] ?? '')}</li>`);
  const facts = report.eventText.map((f) => `<li>${escapeHtml(labelled(f.label, f.value, lang))}</li>`);
  return `<h2>${escapeHtml(word('event', lang))}</h2>
<ul class="event">${facts.join('')}</ul>
<figure>
<figcaption>${escapeHtml(word('obligation', lang))}</figcaption>
${obligationStrip(answers, lang, word('obligation', lang))}
${obligationLegend(lang, false)}
</figure>
<table>${packsHead(report)}<tbody>${rows.join('\n')}</tbody></table>
<p>${escapeHtml(word('differs', lang))}</p>
<ul>${summaries.join('')}</ul>`;
}

function sweepBody(report: SweepReport, index: CitationIndex): string {
  const lang = report.lang;
  const find = cellFinder(report.cells);
  const sections = report.packs.map((pack) => {
    const figures = report.kinds.map(
      (kind) => `<figure><figcaption>${escapeHtml(kind.label)}</figcaption>${sweepHeatmap(report, pack.id, kind.code, find)}</figure>`,
    );
    return `<section><h2>${escapeHtml(packHeading(pack))}</h2>${figures.join('\n')}</section>`;
  });
  const lineRows = report.lines.map((line) => {
    const organizer = report.organizers.find((o) => o.key === line.organizer)?.label ?? line.organizer;
    const kind = report.kinds.find((k) => k.code === line.kind)?.label ?? line.kind;
    const reached = line.reached.map((r) => {
      const cites = r.rules.flatMap((id) => report.rules[line.pack]?.[id]?.citations ?? []);
      const swatch = OBLIGATION_COLOURS[r.obligation];
      return `<li><span class="swatch" style="background:${swatch.fill}"></span>${escapeHtml(`${OBLIGATION_LABELS[r.obligation][lang]} ${word('from', lang, { size: r.size })}`)}${refs(cites, index)}</li>`;
    });
    const pack = report.packs.find((p) => p.id === line.pack);
    return `<tr><td>${escapeHtml(pack ? packHeading(pack) : line.pack)}</td><td>${escapeHtml(kind)}</td><td>${escapeHtml(organizer)}</td><td><ul class="items">${reached.join('')}</ul></td></tr>`;
  });
  const head = [word('pack', lang), word('kind', lang), word('organizer', lang), word('lines', lang)]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  return `<p>${escapeHtml(word('sweepEvent', lang, { asOf: report.asOf, facts: describeFixedFacts(report.fixed, lang) }))} ${escapeHtml(word('sizeMeaning', lang))}</p>
${obligationLegend(lang, true)}
${sections.join('\n')}
<h2>${escapeHtml(word('lines', lang))}</h2>
<table><thead><tr>${head}</tr></thead><tbody>${lineRows.join('\n')}</tbody></table>`;
}

export function renderHtml(report: Report): string {
  const index = new CitationIndex();
  const body =
    report.kind === 'matrix' ? matrixBody(report, index) : report.kind === 'compare' ? compareBody(report, index) : sweepBody(report, index);
  return htmlPage(report.lang, reportTitle(report), `${header(report)}\n<main>\n${body}\n</main>\n${footnotes(report, index)}`);
}
