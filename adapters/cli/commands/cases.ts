// tanzhong cases list: the bureau's list of cases (Sichuan 附表2's columns, with the duties overdue) from the
// database the servers use (DATABASE_URL), for the operator compiling a return upward: a table, JSON, CSV (the one
// CSV writer, formula injection neutralized) or a printable HTML page.
import type { Command } from 'commander';
import { listCases, overdueText } from '../../../app/cases/bureau-list.js';
import { PackRegistry } from '../../../app/registry.js';
import { StoreSource } from '../../../app/store-source.js';
import { CASE_LIST_COLUMNS, isCalendarDate, isKnownRegion, type Lang, LANGS, list, type Problem } from '../../../engine/index.js';
import { caseListCsv, caseListHtml } from '../../render/case-list.js';
import { makeTable } from '../../render/table.js';
import { DEFAULT_DATABASE_URL } from '../../storage/database-url.js';
import type { Store } from '../../storage/store.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';

const FORMATS = ['table', 'json', 'csv', 'html'] as const;

interface ListFlags {
  jurisdiction: string;
  from?: string;
  to?: string;
  asOf?: string;
  format: string;
  lang: string;
  bom?: boolean;
  database?: string;
}

function checkFlags(flags: ListFlags): Problem[] {
  const problems: Problem[] = [];
  if (!/^\d{6}$/.test(flags.jurisdiction) || !isKnownRegion(flags.jurisdiction)) {
    problems.push({ path: '--jurisdiction', message: `must be a GB/T 2260 division of 6 digits (e.g. 510000 Sichuan, 000000 the whole country), got "${flags.jurisdiction}"` });
  }
  for (const [path, value] of [['--from', flags.from], ['--to', flags.to], ['--as-of', flags.asOf]] as const) {
    if (value !== undefined && !isCalendarDate(value)) problems.push({ path, message: `must be a date written YYYY-MM-DD, got "${value}"` });
  }
  if (flags.from && flags.to && flags.to < flags.from) problems.push({ path: '--to', message: 'must not be before --from' });
  if (!(FORMATS as readonly string[]).includes(flags.format)) problems.push({ path: '--format', message: `must be one of ${FORMATS.join(', ')}` });
  if (!(LANGS as readonly string[]).includes(flags.lang)) problems.push({ path: '--lang', message: `must be one of ${LANGS.join(', ')}` });
  if (flags.bom && flags.format !== 'csv') problems.push({ path: '--bom', message: 'a byte order mark is for --format csv only' });
  return problems;
}

export function registerCases(program: Command, context: CliContext): void {
  const cases = program.command('cases').description("organizers' cases: the bureau's list");
  cases
    .command('list')
    .description("list the cases of a jurisdiction (附表2: name, organizer, dates, place, type, offset method, offset date, quantity) with the duties overdue")
    .requiredOption('--jurisdiction <code>', 'GB/T 2260 division listed, with the divisions inside it, e.g. 510000')
    .option('--from <date>', 'events starting on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events starting on or before this date (YYYY-MM-DD)')
    .option('--as-of <date>', 'duties overdue as of this date (default: today, China time)')
    .option('--format <format>', `${FORMATS.join(', ')}`, 'table')
    .option('--lang <lang>', 'zh or en', 'zh')
    .option('--bom', 'csv: begin with a UTF-8 byte order mark (Excel on Chinese Windows)')
    .option('--database <url>', `database URL (default: $DATABASE_URL, else ${DEFAULT_DATABASE_URL})`)
    .action(async (flags: ListFlags) => {
      const problems = checkFlags(flags);
      if (problems.length) throw new CliError(problems);
      const store = await openDatabase(flags.database);
      try {
        const registry = new PackRegistry(new StoreSource(store));
        await registry.refresh();
        const lang = flags.lang as Lang;
        const caseList = await listCases({ registry, store }, { jurisdictionCode: flags.jurisdiction, from: flags.from, to: flags.to, asOf: flags.asOf, lang });
        if (flags.format === 'json') context.stdout.write(`${JSON.stringify(caseList, null, 2)}\n`);
        else if (flags.format === 'csv') context.stdout.write(caseListCsv(caseList, { bom: flags.bom }));
        else if (flags.format === 'html') context.stdout.write(caseListHtml(caseList));
        else context.stdout.write(`${caseTable(caseList, lang, context.color)}\n`);
      } finally {
        await store.close();
      }
    });
}

function caseTable(caseList: Awaited<ReturnType<typeof listCases>>, lang: Lang, color: boolean): string {
  const columns = ['name', 'organizer', 'dates', 'place', 'offsetMethod', 'offsetDate', 'quantity', 'overdue', 'stage'] as const;
  const table = makeTable(columns.map((c) => CASE_LIST_COLUMNS[c][lang]), color);
  for (const row of caseList.rows) {
    table.push([row.name, row.organizer, row.dates, row.place, list(row.offsetMethod.map((m) => m.text), lang), row.offsetDate, row.quantityTco2e, overdueText(row.overdue, lang), row.stage.text].map((v) => v ?? '—'));
  }
  return table.toString();
}

/** Opens the store, naming where its URL came from when it fails (never the URL: it may hold a password). */
async function openDatabase(flag: string | undefined): Promise<Store> {
  const url = flag ?? process.env.DATABASE_URL;
  try {
    const { openStore } = await import('../../storage/open-store.js');
    return await openStore(url);
  } catch (error) {
    const source = flag !== undefined ? '--database' : url ? 'DATABASE_URL' : DEFAULT_DATABASE_URL;
    throw new CliError([{ path: source, message: `cannot open the database: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}
