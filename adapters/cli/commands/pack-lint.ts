// tanzhong pack lint <dir>: the static analysis of a pack folder with the pack it extends (engine/analysis/): gaps,
// conflicts, rules that change no answer, thresholds that drop for larger events, loosening of the base, dates due
// before the event ends, unknown instruments, unused facts and readings. Each finding comes with an event that
// shows it. Exit code 1 when a finding is an error the pack does not explain.
import type { Command } from 'commander';
import { PackRegistry } from '../../../app/registry.js';
import { lintDocument } from '../../../app/pack-lint.js';
import { analysisWords, type AnalysisWords } from '../../../engine/analysis/finding-words.js';
import { ANALYSIS_WORDS, type Lang, mark } from '../../../engine/index.js';
import { readJson } from '../../files/pack-files.js';
import { targetFolders } from '../../files/pack-folders.js';
import { plainStyle, type Style, terminalStyle } from '../../render/style.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { requireFile } from '../input-file.js';
import { readEvaluationOptions } from '../options.js';

function render(words: AnalysisWords, lang: Lang, style: Style, findings: { severity: string; acknowledged?: unknown }[]): string {
  const colon = mark('colon', lang);
  const lines = [style.heading(words.heading), `${words.counts}${mark('semicolon', lang)}${words.tried}`];
  if (!words.findings.length) lines.push('', ANALYSIS_WORDS.clean[lang]);
  words.findings.forEach((f, i) => {
    const raw = findings[i];
    const tone = raw?.acknowledged ? style.good : raw?.severity === 'error' ? style.bad : style.warn;
    lines.push('', tone(`${f.severity} · ${f.title}`), `  ${f.message}`);
    if (f.rules.length) lines.push(`  ${ANALYSIS_WORDS.rules[lang]}${colon}${f.rules.map((r) => `“${r}”`).join(mark('list', lang))}`);
    lines.push(`  ${ANALYSIS_WORDS.event[lang]}${colon}${f.event.join(mark('semicolon', lang))}`, `  ${ANALYSIS_WORDS.answer[lang]}${colon}${f.answer}`);
    if (f.compared) {
      const event = f.compared.event ? `${f.compared.event.join(mark('semicolon', lang))} → ` : '';
      const label = f.compared.event ? ANALYSIS_WORDS.compared : ANALYSIS_WORDS.baseAnswer;
      lines.push(`  ${label[lang]}${colon}${event}${f.compared.answer}`);
    }
    if (f.explained) lines.push(`  ${ANALYSIS_WORDS.explained[lang]}${colon}${f.explained}`);
  });
  return `${lines.join('\n')}\n`;
}

export function registerPackLint(group: Command, context: CliContext): void {
  group
    .command('lint')
    .description(
      'static analysis of a pack folder with its base: gaps, conflicts, rules that change no answer, thresholds, loosening, dates, unknown references; each finding with an event that shows it',
    )
    .argument('<dir>', 'a pack folder or a pack.json file')
    .option('--lang <lang>', 'language of the findings: zh or en', 'zh')
    .option('--json', 'print the findings as JSON (codes and words)')
    .action(async (dir: string, flags: { lang?: string; json?: boolean }) => {
      const { lang } = readEvaluationOptions({ lang: flags.lang });
      const { entry, source } = targetFolders(dir, context.policiesDir);
      requireFile(entry.file, 'a pack folder (with a pack.json) or a pack.json file');
      const registry = new PackRegistry(source);
      await registry.refresh();
      const result = await lintDocument(registry, readJson(entry.file));
      if (!result.ok) throw new CliError(result.problems);
      const words = analysisWords(result.analysis, result.compiled, result.base, lang);
      if (flags.json) {
        const findings = result.analysis.findings.map((f, i) => ({ ...f, words: words.findings[i] }));
        context.stdout.write(`${JSON.stringify({ lang, ...result.analysis, findings }, null, 2)}\n`);
      } else {
        context.stdout.write(render(words, lang, context.color ? terminalStyle : plainStyle, result.analysis.findings));
      }
      if (result.analysis.counts.errors > 0) context.exitCode = 1;
    });
}
