// A contested reading names its options once each, answers with one of them by default, and at most one
// of its options may move the day the pack applies from. A rule may read only a reading the pack declares
// (engine/lint/conditions.ts checks that, with the option ids as the fact's values).
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

export function checkReadings(pack: ResolvedPack): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const reading of pack.readings) {
    const path = reading.sourcePath;
    if (seen.has(reading.id)) problems.push({ path: `${path}.id`, message: `reading "${reading.id}" is declared twice: merge them` });
    seen.add(reading.id);
    const options = new Set<string>();
    reading.options.forEach((option, j) => {
      if (options.has(option.id))
        problems.push({ path: `${path}.options[${j}].id`, message: `option "${option.id}" is listed twice: give each option its own id` });
      options.add(option.id);
    });
    if (!options.has(reading.default))
      problems.push({
        path: `${path}.default`,
        message: `"${reading.default}" is not one of its options: use one of ${[...options].join(', ')}`,
      });
    if (reading.options.some((o) => o.inForceFrom && o.inForceFrom > (pack.inForce.until ?? '9999-12-31')))
      problems.push({ path: `${path}.options`, message: 'an option moves the first day past the end of the pack period: correct inForceFrom' });
  }
  const moving = pack.readings.filter((r) => r.options.some((o) => o.inForceFrom));
  if (moving.length > 1)
    problems.push({
      path: 'readings',
      message: `only one reading may move the day the pack applies from (found ${moving.map((r) => r.id).join(', ')})`,
    });
  return problems;
}
