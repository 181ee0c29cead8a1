// A bounded flood for test/flood.test.ts, in its own process so the test's probes are not delayed by it:
// `flood.ts <url> <seconds> <connections> [<requests per second>]` POSTs the README's small evaluation from one
// client (as fast as the server answers, or at that overall rate), then prints the status counts as one JSON
// line and exits. Loopback only; bounded in time.
import autocannon from 'autocannon';
import { SMALL_EVALUATION } from './hardened-app.js';

const [url = '', seconds = '5', connections = '10', rate = '0'] = process.argv.slice(2);
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`flood only 127.0.0.1, not ${url}`);
const result = await autocannon({
  url,
  method: 'POST',
  duration: Number(seconds),
  connections: Number(connections),
  ...(Number(rate) > 0 ? { overallRate: Number(rate) } : {}),
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(SMALL_EVALUATION),
});
// statusCodeStats is not in bench/autocannon.d.ts: { "200": { count }, "429": { count } }.
const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
const statuses = Object.fromEntries(Object.entries(stats).map(([status, stat]) => [status, stat.count]));
process.stdout.write(`${JSON.stringify({ statuses, errors: result.errors, timeouts: result.timeouts })}\n`);
