// A published pack version never changes, so every pack the previous format accepted must keep validating and
// answering the same. test/fixtures/published/ holds the shipped packs as published before pack format 2 (every
// version in `git log -- policies/`), the events of their own tests, and what each version answered then
// (answers.json, recorded once by test/fixtures/published/record.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnswerPrint, answerPrint, casesFor, compilePublished, PUBLISHED, PUBLISHED_DIR, publishedRaw } from './support/published.js';

const recorded = JSON.parse(readFileSync(join(PUBLISHED_DIR, 'answers.json'), 'utf8')) as Record<string, Record<string, AnswerPrint>>;

describe('packs as published before pack format 2', () => {
  it('are every version of the four shipped packs', () => {
    expect(Object.keys(PUBLISHED).sort()).toEqual(
      [
        'cn-chongqing@1.0.0',
        'cn-chongqing@1.1.0',
        'cn-national@1.0.0',
        'cn-national@1.1.0',
        'cn-shandong-jining@1.0.0',
        'cn-shandong-jining@1.0.1',
        'cn-shandong-jining@1.1.0',
        'cn-sichuan@1.0.0',
        'cn-sichuan@1.1.0',
      ].sort(),
    );
    for (const key of Object.keys(PUBLISHED)) {
      const raw = publishedRaw(key) as { id: string; version: string; format?: unknown };
      expect(`${raw.id}@${raw.version}`).toBe(key);
      expect(raw.format, `${key} was published before the format had a version`).toBeUndefined();
    }
  });

  for (const key of Object.keys(PUBLISHED)) {
    describe(key, () => {
      it('still validates', () => {
        expect(() => compilePublished(key)).not.toThrow();
      });

      it('answers every case of the table as recorded', async () => {
        const compiled = compilePublished(key);
        const changed: string[] = [];
        const cases = casesFor(key);
        for (const c of cases) {
          const name = `${c.pack}: ${c.name}`;
          const want = recorded[key]?.[name];
          const got = await answerPrint(compiled, c);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            changed.push(`${name}\n    recorded ${JSON.stringify(want)}\n    now      ${JSON.stringify(got)}`);
          }
        }
        expect(Object.keys(recorded[key] ?? {}).length).toBe(cases.length);
        expect(changed, `changed answers of ${key}:\n  ${changed.join('\n  ')}`).toEqual([]);
      });
    });
  }
});
