// tanzhong estimate <activity.json>: the emission estimate of an event's activity data, line by line with each
// factor's source, by phase and by source, and the total; --participant for one participant's own footprint.
import type { Command } from 'commander';
import { type EstimateOutcome, estimateFor, participantEstimateFor } from '../../../app/estimate.js';
import { EMISSION_SOURCES, type Estimate, ESTIMATE_PHASES } from '../../../engine/estimate/index.js';
import { EMISSION_SOURCE_LABELS, ESTIMATE_PHASE_LABELS, type Lang, labelled } from '../../../engine/index.js';
import { readJson } from '../../files/pack-files.js';
import { CliError } from '../cli-error.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { resolutionProblems } from '../failure-problems.js';
import { requireFile } from '../input-file.js';
import { collect, readEvaluationOptions } from '../options.js';

interface Flags {
  pack?: string;
  factorSet?: string;
  asOf?: string;
  lang?: string;
  json?: boolean;
  participant?: boolean;
  packDir?: string[];
}

const HEADINGS = {
  lines: { zh: '明细', en: 'Lines' },
  byPhase: { zh: '按阶段', en: 'By phase' },
  bySource: { zh: '按排放源', en: 'By source' },
  total: { zh: '合计', en: 'Total' },
  notes: { zh: '说明', en: 'Notes' },
  questions: { zh: '还需要', en: 'Still needed' },
  set: { zh: '排放因子集', en: 'Factor set' },
};

const say = (key: keyof typeof HEADINGS, lang: Lang) => HEADINGS[key][lang];
const heading = (key: keyof typeof HEADINGS, lang: Lang) => `${say(key, lang)}${lang === 'zh' ? '：' : ':'}`;

/** The estimate as text: every line with its arithmetic and source, the sums, and what the reader must know. */
export function renderEstimate(estimate: Estimate): string {
  const { lang } = estimate;
  const out = [labelled(say('set', lang), estimate.factorSet.title, lang), '', heading('lines', lang)];
  for (const line of estimate.lines) out.push(`  ${line.text}`);
  out.push('', heading('byPhase', lang));
  for (const phase of ESTIMATE_PHASES) out.push(`  ${labelled(ESTIMATE_PHASE_LABELS[phase][lang], `${estimate.byPhase[phase]} tCO2e`, lang)}`);
  out.push('', heading('bySource', lang));
  for (const source of EMISSION_SOURCES) out.push(`  ${labelled(EMISSION_SOURCE_LABELS[source][lang], `${estimate.bySource[source]} tCO2e`, lang)}`);
  out.push('', labelled(say('total', lang), `${estimate.total} tCO2e`, lang));
  if (estimate.notes.length) out.push('', heading('notes', lang), ...estimate.notes.map((n) => `  ${n}`));
  if (estimate.unestimated.length) out.push('', heading('questions', lang), ...estimate.unestimated.map((u) => `  ${u.question}`));
  return `${out.join('\n')}\n`;
}

function problemsOf(outcome: EstimateOutcome, file: string) {
  if (outcome.kind === 'invalid-activity') {
    // The file is the activity itself: its paths start inside it.
    return outcome.problems.map((p) => ({ ...p, path: p.path.replace(/^activity\.?/, '') || file }));
  }
  if (outcome.kind === 'estimated') return [];
  return resolutionProblems(outcome, '--pack');
}

export function registerEstimate(program: Command, context: CliContext): void {
  program
    .command('estimate')
    .description('estimate an event\'s emissions (tCO2e) from its activity data, by phase and source, every factor cited')
    .argument('<activity.json>', 'the activity data (docs/estimate.md), or with --participant one participant')
    .option('--pack <id>', 'use the factor set and overrides of this pack (its version in effect on --as-of, else today)')
    .option('--factor-set <id>', 'a factor set by id: cn-2023 (default), cn-2022, cn-2021')
    .option('--as-of <date>', 'the day whose pack version applies (YYYY-MM-DD)')
    .option('--lang <lang>', 'language of the estimate: zh or en', 'zh')
    .option('--participant', 'the file describes one participant (venue, from, mode, nights, meals): their own footprint')
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--json', 'print the estimate as JSON')
    .action(async (file: string, flags: Flags) => {
      const { lang, asOf } = readEvaluationOptions({ lang: flags.lang, asOf: flags.asOf });
      requireFile(file, 'an activity JSON file');
      const raw = readJson(file);
      const registry = flags.pack ? await openRegistry(context, flags.packDir) : undefined;
      const settings = { pack: flags.pack, factorSet: flags.factorSet, asOf, lang };
      const outcome = flags.participant
        ? await participantEstimateFor(registry, { ...settings, participant: raw })
        : await estimateFor(registry, { ...settings, activity: raw });
      const problems = problemsOf(outcome, file);
      if (problems.length || outcome.kind !== 'estimated') throw new CliError(problems, { lang });
      const estimate = outcome.estimate;
      context.stdout.write(flags.json ? `${JSON.stringify({ ...estimate, ...(outcome.pack ? { pack: outcome.pack } : {}) }, null, 2)}\n` : renderEstimate(estimate));
    });
}
