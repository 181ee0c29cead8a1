// A simulation report as CSV (the service's one CSV writer: RFC 4180, no cell a spreadsheet would run): one record
// per row of every table, its section and pack first, so a spreadsheet filters by them. Headers and cells in words.
import { simulationWord, ui } from '../../engine/index.js';
import { citationsField } from '../reports/render-csv.js';
import { csvRecords, type CsvValue } from '../render/csv.js';
import { packHeading } from '../reports/report-headings.js';
import type { SimulationReport } from './simulation-report.js';

export function simulationCsvHeaders(report: SimulationReport): string[] {
  const { lang } = report;
  return [
    simulationWord('section', lang),
    ui('pack', lang),
    ui('item', lang),
    simulationWord('events', lang),
    simulationWord('share', lang),
    simulationWord('withEmissions', lang),
    simulationWord('emissionsTotal', lang),
    ui('citations', lang),
  ];
}

export function simulationCsv(report: SimulationReport, options: { bom?: boolean } = {}): string {
  const { lang } = report;
  const records: CsvValue[][] = [simulationCsvHeaders(report)];
  for (const side of report.sides) {
    const pack = packHeading(side.pack);
    const counts = simulationWord('countsTitle', lang);
    for (const r of side.obligations) records.push([counts, pack, r.label, r.count, r.share, r.emissionsEvents, r.emissionsTco2e, '']);
    if (side.failed) records.push([counts, pack, simulationWord('failed', lang), side.failed, '', '', '', '']);
    for (const r of side.deciding) records.push([simulationWord('decidingTitle', lang), pack, r.text, r.count, '', '', '', citationsField(r, lang)]);
    for (const d of side.duties) records.push([simulationWord('dutiesTitle', lang), pack, d.label, d.events, '', '', '', citationsField(d, lang)]);
  }
  const changes = report.changes;
  if (changes) {
    const title = simulationWord('changesTitle', lang);
    records.push([title, '', simulationWord('changesTitle', lang), changes.changed, changes.share, '', '', '']);
    for (const a of changes.aspects) records.push([title, '', a.label, a.count, '', '', '', '']);
    for (const t of changes.transitions) records.push([simulationWord('transitions', lang), '', `${t.fromLabel} → ${t.toLabel}`, t.count, '', '', '', '']);
    for (const x of changes.examples) {
      const event = x.event.map((f) => `${f.label}: ${f.value}`).join('; ');
      records.push([simulationWord('examples', lang), '', `${simulationWord('line', lang)} ${x.line} · ${event} · ${x.before} → ${x.after}`, '', '', '', '', '']);
    }
  }
  for (const f of report.failures) records.push([simulationWord('failures', lang), f.side, `${simulationWord('line', lang)} ${f.line} · ${f.text}`, '', '', '', '', '']);
  return csvRecords(records, options);
}
