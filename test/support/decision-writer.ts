// A child process for test/durability.test.ts: opens the store at argv[2], saves argv[3] decisions, argv[4] at a
// time, and prints the id of each one on its own line as soon as saveDecision resolves (the row is committed).
// The test kills it with SIGKILL mid-way and looks for every id printed.
import { openStore } from '../../adapters/storage/open-store.js';
import type { NewDecision } from '../../adapters/storage/store.js';

const [url = 'pglite://memory', total = '300', atOnce = '20'] = process.argv.slice(2);

/** A decision as the log writes one, made unique (and checkable) by its number. */
export function decisionNumber(n: number): NewDecision {
  return {
    id: `durable-${n}`,
    createdAt: '2026-05-01T00:00:00.000Z',
    packId: 'cn-chongqing',
    packVersion: '1.1.0',
    contentHash: 'c'.repeat(64),
    chain: [{ id: 'cn-chongqing', version: '1.1.0', contentHash: 'c'.repeat(64) }],
    asOf: '2026-01-30',
    lang: 'zh',
    request: { pack: 'cn-chongqing', event: { kind: 'meeting', attendees: n, name: `会议 ${n}`, emissionsTco2e: `${n}.5` } },
    digest: n.toString(16).padStart(64, '0'),
    outcome: { obligation: 'required', due: { 'complete-neutralization': '2026-02-28' }, rules: [`rule-${n}`] },
    engineVersion: '0.1.0+src.000000000000',
  };
}

if (process.argv[1]?.endsWith('decision-writer.ts')) {
  const store = await openStore(url);
  process.stdout.write('open\n');
  let next = 0;
  const worker = async () => {
    while (next < Number(total)) {
      const decision = decisionNumber(next++);
      await store.saveDecision(decision);
      process.stdout.write(`${decision.id}\n`);
    }
  };
  await Promise.all(Array.from({ length: Number(atOnce) }, worker));
  await store.close();
  process.stdout.write('done\n');
}
