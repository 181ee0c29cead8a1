// The lines every rendering of a simulation report shares: which pack a section is about, the date the events were
// read at, and how many threads counted them.
import { type Lang, labelled, simulationWord, ui } from '../../engine/index.js';
import { packHeading } from '../reports/report-headings.js';
import type { SideView, SimulationReport } from './simulation-report.js';

/** `New policy: cn-sichuan-chengdu 1.0.0` */
export function sideTitle(side: SideView, lang: Lang): string {
  return labelled(simulationWord(side.role === 'new' ? 'newPack' : 'baseline', lang), packHeading(side.pack), lang);
}

export function asOfWords(report: SimulationReport): string {
  return report.asOf ? labelled(ui('asOf', report.lang), report.asOf, report.lang) : simulationWord('asOfEach', report.lang);
}

export function threadWords(report: SimulationReport): string {
  return report.threads ? simulationWord('threads', report.lang, { n: report.threads }) : simulationWord('inProcess', report.lang);
}
