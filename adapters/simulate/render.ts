// A simulation report in the formats of the comparison reports: json (with the counts as codes), md, csv, html.
import { REPORT_FORMATS, type ReportFormat } from '../reports/report.js';
import { simulationCsv } from './render-csv.js';
import { simulationHtml } from './render-html.js';
import { simulationMarkdown } from './render-markdown.js';
import type { SimulationReport } from './simulation-report.js';

export const SIMULATION_FORMATS = REPORT_FORMATS;

export function renderSimulation(report: SimulationReport, format: ReportFormat, options: { bom?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md':
      return simulationMarkdown(report);
    case 'csv':
      return simulationCsv(report, options);
    case 'html':
      return simulationHtml(report);
  }
}
