// A simulation report as one self-contained HTML page (the reports' page: inline style, no script): the chart of
// the events by obligation for each pack, the tables, and the citations at the end with in-page links.
import { type Citation, type Lang, labelled, simulationWord, ui } from '../../engine/index.js';
import { CitationIndex } from '../render/citation-index.js';
import { escapeHtml, htmlPage } from '../reports/html-page.js';
import { footnoteText, packDetails } from '../reports/report-headings.js';
import { asOfWords, sideTitle, threadWords } from './report-lines.js';
import type { SideView, SimulationReport } from './simulation-report.js';
import { obligationBars } from './svg-obligation-bars.js';

const e = escapeHtml;

function refs(citations: Citation[], index: CitationIndex): string {
  return citations.map((c) => `${e(c.document)} ${e(c.clause)} <a href="#cite-${index.number(c)}">[${index.number(c)}]</a>`).join('; ');
}

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${e(h)}</th>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

function sideSection(side: SideView, lang: Lang, index: CitationIndex): string {
  const parts = [`<section><h2>${e(sideTitle(side, lang))}</h2>`, `<h3>${e(simulationWord('countsTitle', lang))}</h3>`];
  parts.push(
    table(
      [ui('obligation', lang), simulationWord('events', lang), simulationWord('share', lang), simulationWord('withEmissions', lang), simulationWord('emissionsTotal', lang)],
      side.obligations.map((r) => [e(r.label), String(r.count), r.share, String(r.emissionsEvents), e(r.emissionsTco2e)]),
    ),
  );
  if (side.failed) parts.push(`<p>${e(labelled(simulationWord('failed', lang), String(side.failed), lang))}</p>`);
  if (side.deciding.length) {
    parts.push(`<h3>${e(simulationWord('decidingTitle', lang))}</h3>`);
    parts.push(table([ui('rules', lang), simulationWord('events', lang), ui('citations', lang)], side.deciding.map((r) => [e(r.text), String(r.count), refs(r.citations, index)])));
  }
  if (side.duties.length) {
    parts.push(`<h3>${e(simulationWord('dutiesTitle', lang))}</h3>`);
    parts.push(
      table(
        [ui('duties', lang), simulationWord('dutyEvents', lang), simulationWord('dutyBinding', lang), ui('citations', lang)],
        side.duties.map((d) => [e(d.label), String(d.events), String(d.binding), refs(d.citations, index)]),
      ),
    );
  }
  return `${parts.join('\n')}</section>`;
}

function changesSection(report: SimulationReport, lang: Lang): string {
  const changes = report.changes;
  if (!changes) return `<p>${e(simulationWord('noBaseline', lang))}</p>`;
  const parts = [
    `<section><h2>${e(simulationWord('changesTitle', lang))}</h2>`,
    `<p><strong>${e(simulationWord('changed', lang, { n: changes.changed, share: changes.share }))}</strong></p>`,
    `<p>${e(simulationWord('changeMeaning', lang))}</p>`,
  ];
  if (changes.aspects.length) parts.push(table([simulationWord('aspect', lang), simulationWord('events', lang)], changes.aspects.map((a) => [e(a.label), String(a.count)])));
  if (changes.transitions.length) {
    parts.push(`<h3>${e(simulationWord('transitions', lang))}</h3>`);
    parts.push(table([simulationWord('from', lang), simulationWord('to', lang), simulationWord('events', lang)], changes.transitions.map((t) => [e(t.fromLabel), e(t.toLabel), String(t.count)])));
  }
  if (changes.examples.length) {
    parts.push(`<h3>${e(simulationWord('examples', lang))}</h3>`);
    const rows = changes.examples.map((x) => [
      String(x.line),
      `<ul class="items">${x.event.map((f) => `<li>${e(labelled(f.label, f.value, lang))}</li>`).join('')}</ul>`,
      e(x.aspects.join(lang === 'zh' ? '、' : ', ')),
      e(x.before),
      e(x.after),
    ]);
    parts.push(table([simulationWord('line', lang), ui('event', lang), simulationWord('aspect', lang), simulationWord('before', lang), simulationWord('after', lang)], rows));
  }
  return `${parts.join('\n')}</section>`;
}

export function simulationHtml(report: SimulationReport): string {
  const { lang } = report;
  const index = new CitationIndex();
  const title = simulationWord('simulationTitle', lang);
  const legend = report.sides.map((s) => `<li><span class="swatch" style="background:${s.role === 'new' ? '#555' : '#bbb'}"></span>${e(sideTitle(s, lang))}</li>`);
  const header = `<header><h1>${e(title)}</h1>
<p class="meta">${e(labelled(simulationWord('source', lang), report.source, lang))} · ${e(simulationWord('eventsRead', lang, { n: report.events }))} · ${e(asOfWords(report))} · ${e(threadWords(report))}</p>
<ul class="packs">${report.sides.map((s) => `<li>${e(labelled(sideTitle(s, lang), packDetails(s.pack, lang), lang))}</li>`).join('')}</ul></header>`;
  const chart = `<figure><figcaption>${e(simulationWord('chart', lang))}</figcaption>
${obligationBars(report, simulationWord('chart', lang), lang)}
<ul class="legend" aria-label="${e(ui('legend', lang))}">${legend.join('')}</ul></figure>`;
  const sections = report.sides.map((s) => sideSection(s, lang, index)).join('\n');
  const failures = report.failures.length
    ? `<section><h2>${e(simulationWord('failures', lang))}</h2><ul>${report.failures.map((f) => `<li>${e(`${simulationWord('line', lang)} ${f.line} · ${f.side} · ${f.text}`)}</li>`).join('')}</ul></section>`
    : '';
  const changes = changesSection(report, lang);
  const notes = index.list().length
    ? `<footer><h2>${e(ui('citations', lang))}</h2><ol class="citations">${index
        .list()
        .map((c, i) => `<li id="cite-${i + 1}">[${i + 1}] ${e(footnoteText(c, lang))}</li>`)
        .join('')}</ol></footer>`
    : '';
  const body = `${header}\n<main>\n${chart}\n<p>${e(simulationWord('emissionsNote', lang))}</p>\n${sections}\n${changes}\n${failures}\n</main>\n${notes}`;
  return htmlPage(lang, title, body);
}
