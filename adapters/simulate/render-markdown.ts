// A simulation report as Markdown: the tables of the report, citations as "[n]" listed in full at the end.
import { type Lang, labelled, simulationWord, ui } from '../../engine/index.js';
import { CitationIndex } from '../render/citation-index.js';
import { cellText, table as markdownTable } from '../reports/render-markdown.js';
import { footnoteText, packDetails } from '../reports/report-headings.js';
import type { SimulationReport, SideView } from './simulation-report.js';
import { asOfWords, sideTitle, threadWords } from './report-lines.js';

const table = (head: string[], rows: (string | number)[][]): string[] => markdownTable(head, rows.map((r) => r.map(String)));

function sideSection(side: SideView, lang: Lang, index: CitationIndex): string[] {
  const refs = (citations: SideView['deciding'][number]['citations']) => citations.map((c) => index.ref(c)).join('; ');
  const out = [`## ${cellText(sideTitle(side, lang))}`, ''];
  out.push(`${simulationWord('countsTitle', lang)}`, '');
  out.push(
    ...table(
      [ui('obligation', lang), simulationWord('events', lang), simulationWord('share', lang), simulationWord('withEmissions', lang), simulationWord('emissionsTotal', lang)],
      side.obligations.map((r) => [cellText(r.label), r.count, r.share, r.emissionsEvents, r.emissionsTco2e]),
    ),
  );
  if (side.failed) out.push('', labelled(simulationWord('failed', lang), String(side.failed), lang));
  if (side.deciding.length) {
    out.push('', simulationWord('decidingTitle', lang), '');
    out.push(...table([ui('rules', lang), simulationWord('events', lang), ui('citations', lang)], side.deciding.map((r) => [cellText(r.text), r.count, cellText(refs(r.citations))])));
  }
  if (side.duties.length) {
    out.push('', simulationWord('dutiesTitle', lang), '');
    out.push(
      ...table(
        [ui('duties', lang), simulationWord('dutyEvents', lang), simulationWord('dutyBinding', lang), ui('citations', lang)],
        side.duties.map((d) => [cellText(d.label), d.events, d.binding, cellText(refs(d.citations))]),
      ),
    );
  }
  return [...out, ''];
}

function changesSection(report: SimulationReport, lang: Lang): string[] {
  const changes = report.changes;
  if (!changes) return [simulationWord('noBaseline', lang), ''];
  const out = [`## ${simulationWord('changesTitle', lang)}`, '', simulationWord('changed', lang, { n: changes.changed, share: changes.share }), '', simulationWord('changeMeaning', lang), ''];
  if (changes.aspects.length) out.push(...table([simulationWord('aspect', lang), simulationWord('events', lang)], changes.aspects.map((a) => [cellText(a.label), a.count])), '');
  if (changes.transitions.length) {
    out.push(`### ${simulationWord('transitions', lang)}`, '');
    out.push(...table([simulationWord('from', lang), simulationWord('to', lang), simulationWord('events', lang)], changes.transitions.map((t) => [cellText(t.fromLabel), cellText(t.toLabel), t.count])), '');
  }
  if (changes.examples.length) {
    out.push(`### ${simulationWord('examples', lang)}`, '');
    const rows = changes.examples.map((x) => [
      x.line,
      cellText(x.event.map((f) => labelled(f.label, f.value, lang)).join(lang === 'zh' ? '；' : '; ')),
      cellText(x.aspects.join(lang === 'zh' ? '、' : ', ')),
      cellText(x.before),
      cellText(x.after),
    ]);
    out.push(...table([simulationWord('line', lang), ui('event', lang), simulationWord('aspect', lang), simulationWord('before', lang), simulationWord('after', lang)], rows), '');
  }
  return out;
}

export function simulationMarkdown(report: SimulationReport): string {
  const { lang } = report;
  const index = new CitationIndex();
  const out = [
    `# ${simulationWord('simulationTitle', lang)}`,
    '',
    `${labelled(simulationWord('source', lang), cellText(report.source), lang)} · ${simulationWord('eventsRead', lang, { n: report.events })} · ${asOfWords(report)} · ${threadWords(report)}`,
    '',
    ...report.sides.map((s) => `- ${labelled(`**${cellText(sideTitle(s, lang))}**`, cellText(packDetails(s.pack, lang)), lang)}`),
    '',
    simulationWord('emissionsNote', lang),
    '',
  ];
  for (const side of report.sides) out.push(...sideSection(side, lang, index));
  out.push(...changesSection(report, lang));
  if (report.failures.length) {
    out.push(`## ${simulationWord('failures', lang)}`, '');
    out.push(...report.failures.map((f) => `- ${simulationWord('line', lang)} ${f.line} · ${cellText(f.side)} · ${cellText(f.text)}`), '');
  }
  if (index.list().length) {
    out.push(`## ${ui('citations', lang)}`, '', ...index.list().map((c, i) => `- [${i + 1}] ${cellText(footnoteText(c, lang))}`));
  }
  return `${out.join('\n')}\n`;
}
