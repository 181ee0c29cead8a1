// No code, fact path, rule id or region code reaches a person: every page and every report for the shipped packs
// (and the example packs, served as PACK_DIRS serves them), in both languages, through the app, read as a person
// reads it (the visible text only), and nothing of the kind in it. On a Chinese page no English paragraph either
// (URLs, document numbers and acronyms such as CQCER are fine).
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICIES_DIR, readPackTests } from '../adapters/files/pack-files.js';
import type { Lang } from '../engine/index.js';
import { makeApp } from './support/api.js';
import { SHIPPED } from './support/library.js';
import { findCodes, type Finding, htmlText, markdownText } from './support/visible-text.js';

const LANGS: Lang[] = ['zh', 'en'];
/** The example packs (policies/examples) are served too, as PACK_DIRS serves them, and held to the same. */
const EXAMPLE_PACKS = ['cn-shanghai', 'cn-guangdong'];
const packDir = (id: string) => (EXAMPLE_PACKS.includes(id) ? join(POLICIES_DIR, 'examples', id) : join(POLICIES_DIR, id));
const PACKS = [...SHIPPED, ...EXAMPLE_PACKS];
interface PackJson {
  rules: { id: string }[];
  readings?: { id: string; options: { id: string }[] }[];
}
const DOCS = PACKS.map((id) => JSON.parse(readFileSync(join(packDir(id), 'pack.json'), 'utf8')) as PackJson);
/** Rule ids and the ids of contested readings: codes a person never reads. */
const RULE_IDS = [...new Set(DOCS.flatMap((d) => [...d.rules.map((r) => r.id), ...(d.readings ?? []).map((r) => r.id)]))];
/** The ids of the readings' options (`every-level`, `extends`, `phase-in`): some are English words, so they are
 * looked for on Chinese pages only. */
const OPTION_IDS = [...new Set(DOCS.flatMap((d) => (d.readings ?? []).flatMap((r) => r.options.map((o) => o.id))))];

const EXAMPLES = readdirSync(new URL('../docs/examples', import.meta.url)).map(
  (f) => JSON.parse(readFileSync(new URL(`../docs/examples/${f}`, import.meta.url), 'utf8')) as Record<string, unknown>,
);

/** The organizer form's fields for an event (as a person would have filled them in). */
function formQuery(event: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  const put = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    query[name] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  };
  for (const [key, value] of Object.entries(event)) {
    if (key === 'offsets' && Array.isArray(value)) {
      value.slice(0, 3).forEach((line: Record<string, unknown>, i) => {
        for (const [field, v] of Object.entries(line)) put(`o${i}.${field}`, v);
      });
    } else if ((key === 'organizer' || key === 'extra') && value && typeof value === 'object') {
      for (const [field, v] of Object.entries(value)) put(`${key}.${field}`, v);
    } else put(key, value);
  }
  return query;
}

let api: Awaited<ReturnType<typeof makeApp>>;
const findings: (Finding & { where: string })[] = [];

beforeAll(async () => {
  api = await makeApp(':memory:', undefined, [join(POLICIES_DIR, 'examples')]);
});
afterAll(async () => {
  await api?.store.close();
});

async function look(where: string, lang: Lang, kind: 'html' | 'md' | 'csv' = 'html') {
  const res = await api.call('GET', where);
  expect(res.status, where).toBe(200);
  const text = kind === 'html' ? htmlText(res.text) : kind === 'md' ? markdownText(res.text) : res.text;
  const shown = where.replace(/event=[^&]*/, 'event=…');
  for (const f of findCodes(text, lang, lang === 'zh' ? [...RULE_IDS, ...OPTION_IDS] : RULE_IDS)) findings.push({ ...f, where: shown });
  return res.text;
}

function report(what: string) {
  const mine = findings.splice(0);
  if (process.env.NO_CODES_DUMP) appendFileSync(process.env.NO_CODES_DUMP, `${JSON.stringify(mine)}\n`);
  const lines = mine.map((f) => `${f.where}\n    ${f.what}: ${f.found}  …${f.context}…`);
  expect(lines, `${what}:\n${lines.slice(0, 60).join('\n')}`).toEqual([]);
}

describe('the search for codes', () => {
  it('finds what the issue names, and lets English words, URLs, dates and acronyms be', () => {
    const found = (text: string, lang: Lang = 'zh') => findCodes(text, lang, RULE_IDS).map((f) => f.found);
    expect(found('假设 chengyuCircle = false')).toEqual(['chengyuCircle']);
    expect(found('缺少 offsets[0].vintageStart')).toEqual(['offsets[']);
    expect(found('项目位于 500000')).toEqual(['500000']);
    expect(found('状态 published')).toEqual(['published']);
    expect(found('规则 required.soe-event')).toEqual(['required.soe-event']);
    expect(found('市级填 provincial，party-government')).toEqual(['party-government']);
    expect(found('Sinks (forestry-sink, accepted)', 'en')).toEqual(['forestry-sink']);
    expect(found('confirm by self-commitment or a third-party route', 'en')).toEqual([]);
    expect(found('条款 At the latest one month after the event ends.')).toEqual(['At the latest one month after the event ends']);
    expect(found('CQCER、CCER 见 https://example.org/a-long/path 2026-01-31 编号 CQCER-2024-000123')).toEqual([]);
    expect(found('现场参会人数：300 人 extra.onSiteAttendees')).toEqual(['extra.o']);
  });
});

describe('no code reaches a person', () => {
  it('on the organizer pages: the questionnaire and the answer to every case of the shipped packs', async () => {
    for (const lang of LANGS) {
      await look(`/?lang=${lang}`, lang);
      for (const id of PACKS) {
        await look(`/?${new URLSearchParams({ lang, pack: id })}`, lang);
        for (const file of readPackTests(packDir(id))) {
          for (const c of file.cases) {
            const query = formQuery(c.event as Record<string, unknown>);
            for (const [reading, option] of Object.entries(c.readings ?? {})) query[`reading.${reading}`] = option;
            await look(`/?${new URLSearchParams({ lang, pack: id, ...query })}`, lang);
          }
        }
      }
    }
    report('organizer pages');
  });

  it('on the bureau pages: the pack list, each pack and each of its rules', async () => {
    for (const lang of LANGS) {
      await look(`/packs?lang=${lang}`, lang);
      for (const id of PACKS) {
        const page = await look(`/packs/${id}?lang=${lang}`, lang);
        const rules = [...new Set([...page.matchAll(new RegExp(`href="/packs/${id}/rules/([^"?]+)`, 'g'))].map((m) => m[1] as string))];
        expect(rules.length).toBeGreaterThan(0);
        for (const rule of rules) await look(`/packs/${id}/rules/${rule}?lang=${lang}`, lang);
      }
    }
    report('bureau pages');
  });

  it('on the analyst page and in every report, in html, md and csv', async () => {
    const packs = SHIPPED.join(',');
    for (const lang of LANGS) {
      await look(`/reports?lang=${lang}`, lang);
      for (const kind of ['matrix', 'sweep', 'compare']) {
        await look(`/reports?${new URLSearchParams({ lang, kind, packs })}`, lang);
        for (const format of ['html', 'md', 'csv'] as const) {
          const events = kind === 'compare' ? EXAMPLES : [undefined];
          for (const event of events) {
            const query = new URLSearchParams({ packs, format, lang, ...(event ? { event: JSON.stringify(event) } : {}) });
            await look(`/v1/reports/${kind}?${query}`, lang, format);
          }
        }
      }
    }
    report('reports');
  });
});
