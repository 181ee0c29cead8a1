// The pages: server-rendered with hono/jsx; the only style sheet is served by the app itself.
import { readFileSync } from 'node:fs';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { answer } from '../../app/answer.js';
import { fallbackNotice } from '../../adapters/render/fallback-notice.js';
import { type Lang, type PackDocument, type Problem, type Question, todayInChina } from '../../engine/index.js';
import type { AppDeps } from '../deps.js';
import { eventFromForm, fieldOf, formValues, QUESTION_FACTS, readingsFromForm } from './event-form.js';
import { t, tf } from './i18n.js';
import { Layout } from './layout.js';
import { type OrganizerState, OrganizerPage } from './organizer.js';
import { PackListPage, PackPage, RuleDocument } from './packs.js';
import { AnalystPage, type AnalystState } from './analyst.js';
import { REPORT_KINDS, type ReportKind } from '../../adapters/reports/index.js';

const CSS = readFileSync(new URL('../assets/site.css', import.meta.url));
const QUESTION_NAMES = new Set(QUESTION_FACTS.map((f) => f.name));
/** Questions read best in this order: what the event is, how large, who holds it, when. */
const ORDER = ['kind', 'attendees', 'floorAreaM2', 'organizer.type', 'organizer.level', 'meetingClass', 'scale', 'bidCommitsNeutrality', 'chengyuCircle', 'startDate', 'endDate'];

const langOf = (c: Context): Lang => (c.req.query('lang') === 'en' ? 'en' : 'zh');

export function pageRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry } = deps;
  analystRoute(app, deps);

  app.get('/assets/site.css', (c) => c.body(new Uint8Array(CSS), 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));

  const render = (c: Context, lang: Lang, title: string, body: unknown, status: 200 | 404 = 200) =>
    c.html(
      <Layout lang={lang} title={title} path={c.req.path} query={c.req.query()}>
        {body as never}
      </Layout>,
      status,
    );

  const notFound = (c: Context, lang: Lang, what: string) =>
    render(c, lang, what, <p class="errors">{lang === 'zh' ? `找不到：${what}` : `Not found: ${what}`}</p>, 404);

  app.get('/', async (c) => {
    await registry.refreshIfStale();
    const query = c.req.query();
    const lang = langOf(c);
    const packs = packChoices(registry, lang);
    const packId = query.pack && registry.packIds().includes(query.pack) ? query.pack : undefined;
    const values = formValues(query);
    const state: OrganizerState = { lang, packs, packId, values, problems: [], questions: [] };
    if (packId) {
      const event = eventFromForm(values);
      const ask = (readings: Record<string, string>) => answer(registry, { pack: packId, event, lang, readings });
      let outcome = await ask(readingsFromForm(values));
      if (outcome.kind === 'invalid-readings') {
        // A reading the pack does not have (or an option it does not offer) is named, in words, and the answer is
        // given under the pack's default for it.
        const { readings } = outcome.resolved.compiled.pack;
        state.problems = outcome.problems.map((p) => readingProblem(p, readings, lang));
        for (const p of outcome.problems) delete values[`reading.${p.path.slice('readings.'.length)}`];
        outcome = await ask(readingsFromForm(values));
      }
      if (outcome.kind === 'answered') {
        const d = outcome.determination;
        state.determination = d;
        state.questions = d.questions.filter((q) => QUESTION_NAMES.has(q.fact)).sort((a, b) => ORDER.indexOf(a.fact) - ORDER.indexOf(b.fact));
        if (outcome.fallback) state.notice = fallbackNotice(outcome.fallback, lang, (id) => registry.describe(id));
      } else if (outcome.kind === 'invalid-event') {
        state.problems = outcome.problems;
        // A rejected answer is asked again, next to its message, in the words of the pack shown today.
        const shown = registry.resolve(packId, todayInChina());
        state.questions = reask(outcome.problems, shown.kind === 'ok' ? shown.resolved.compiled.pack.facts : [], lang);
      } else state.problems.push({ path: 'pack', message: t('packUnavailable', lang) });
    }
    return render(c, lang, lang === 'zh' ? '活动碳中和查询' : 'Carbon-neutral events', <OrganizerPage state={state} />);
  });

  app.get('/packs', async (c) => {
    await registry.refreshIfStale();
    const lang = langOf(c);
    const items = registry.packIds().map((id) => {
      const { shown, inEffect } = registry.shownVersion(id) as NonNullable<ReturnType<typeof registry.shownVersion>>;
      const doc = shown.document as PackDocument;
      return { id, title: doc.title, jurisdiction: doc.jurisdiction, current: inEffect, versions: registry.versionsOf(id).length };
    });
    return render(c, lang, lang === 'zh' ? '政策包' : 'Policy packs', <PackListPage lang={lang} packs={items} />);
  });

  app.get('/packs/:id', async (c) => {
    await registry.refreshIfStale();
    const lang = langOf(c);
    const id = c.req.param('id');
    const resolved = registry.resolve(id, c.req.query('asOf') ?? todayInChina());
    if (resolved.kind !== 'ok' || resolved.fallback) return notFound(c, lang, id);
    const { pack } = resolved.resolved.compiled;
    return render(c, lang, pack.title[lang], <PackPage lang={lang} pack={pack} versions={registry.versionsOf(id)} />);
  });

  app.get('/packs/:id/rules/:ruleId', async (c) => {
    await registry.refreshIfStale();
    const lang = langOf(c);
    const { id, ruleId } = c.req.param();
    const resolved = registry.resolve(id, c.req.query('asOf') ?? todayInChina());
    if (resolved.kind !== 'ok' || resolved.fallback) return notFound(c, lang, id);
    const { pack } = resolved.resolved.compiled;
    const versions = pack.rules.filter((r) => r.id === ruleId);
    if (!versions.length) return notFound(c, lang, `${id} / ${ruleId}`);
    return c.html(<RuleDocument lang={lang} path={c.req.path} query={c.req.query()} pack={pack} ruleId={ruleId} versions={versions} />);
  });
}

const SAMPLE_EVENT = '{"kind":"meeting","attendees":250,"startDate":"2026-06-10","endDate":"2026-06-12","organizer":{"type":"soe","level":"provincial"}}';

function packChoices(registry: AppDeps['registry'], lang: Lang) {
  return registry.packIds().map((id) => {
    const doc = registry.shownVersion(id)?.shown.document as PackDocument;
    return { id, name: `${doc.jurisdiction.name[lang]} · ${doc.title[lang]}` };
  });
}

export function analystRoute(app: OpenAPIHono, deps: AppDeps) {
  app.get('/reports', async (c) => {
    await deps.registry.refreshIfStale();
    const lang = langOf(c);
    const packs = packChoices(deps.registry, lang);
    const requested = c.req.queries('packs') ?? [];
    const chosen = requested.flatMap((p) => p.split(',')).filter((p) => packs.some((k) => k.id === p));
    const kindParam = c.req.query('kind');
    const kind = REPORT_KINDS.includes(kindParam as ReportKind) ? (kindParam as ReportKind) : undefined;
    const state: AnalystState = {
      lang,
      packs,
      chosen: chosen.length ? chosen : packs.filter((p) => p.id !== 'cn-national').map((p) => p.id),
      kind,
      event: c.req.query('event') ?? SAMPLE_EVENT,
    };
    if (kind === 'compare' && state.chosen.length < 2) state.error = lang === 'zh' ? '比较至少需要两个政策包。' : 'Choose at least two packs to compare.';
    return c.html(
      <Layout lang={lang} title={lang === 'zh' ? '比较分析' : 'Analysis'} path={c.req.path} query={c.req.query()}>
        <AnalystPage state={state} />
      </Layout>,
    );
  });
}

function reask(problems: Problem[], facts: { name: string; question: { zh: string; en: string } }[], lang: Lang): Question[] {
  const asked = new Set<string>();
  const questions: Question[] = [];
  for (const p of problems) {
    const fact = fieldOf(p);
    if (!QUESTION_NAMES.has(fact) || asked.has(fact)) continue;
    asked.add(fact);
    questions.push({ fact, question: facts.find((f) => f.name === fact)?.question[lang] ?? fact });
  }
  return questions;
}

/** A bad reading in the form, in words: the engine's message names ids, which a person never sees. */
function readingProblem(problem: Problem, readings: { id: string; question: { zh: string; en: string } }[], lang: Lang): Problem {
  const reading = readings.find((r) => `readings.${r.id}` === problem.path);
  const message = reading ? tf('unknownReadingOption', lang, { question: reading.question[lang] }) : tf('unknownReading', lang, {});
  return { path: problem.path, message };
}
