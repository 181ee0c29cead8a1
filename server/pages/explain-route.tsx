// GET /explain: the organizer's question (the answer card's form values in the address) answered again through the one
// answer path, not recorded, and explained rule by rule. A question that cannot be answered is told in words (4xx).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { answer } from '../../app/answer.js';
import { EXPLAIN_WORDS, isCalendarDate, type Lang, problemLine, type Problem, todayInChina } from '../../engine/index.js';
import { explainEvent } from '../../engine/explain/index.js';
import type { AppDeps } from '../deps.js';
import { type DeclaredFact, eventFromForm, formValues, readingsFromForm } from './event-form.js';
import { ExplainPage } from './explain-page.js';
import { Layout } from './layout.js';
import { packChoices } from './organizer-state.js';
import { pageLang } from './page-lang.js';

export function explainPageRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry } = deps;

  const page = (c: Context, lang: Lang, body: unknown, status: 200 | 404 | 422 = 200) =>
    c.html(
      <Layout lang={lang} title={EXPLAIN_WORDS.heading[lang]} path={c.req.path} query={c.req.query()}>
        {body as never}
      </Layout>,
      status,
    );

  const refused = (c: Context, lang: Lang, back: string, lines: string[], status: 404 | 422) =>
    page(
      c,
      lang,
      <div class="errors" role="alert">
        <p>{EXPLAIN_WORDS.unavailable[lang]}</p>
        <ul>
          {lines.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
        <p>
          <a href={back}>{EXPLAIN_WORDS.back[lang]}</a>
        </p>
      </div>,
      status,
    );

  app.get('/explain', async (c) => {
    await registry.refreshIfStale();
    const query = c.req.query();
    const lang = pageLang(c);
    const values = formValues(query);
    const packId = query.pack ?? '';
    const back = `/?${new URLSearchParams({ lang, pack: packId, ...values }).toString()}#answer`;
    if (!packChoices(registry, lang).some((p) => p.id === packId)) {
      return refused(c, lang, `/?lang=${lang}`, [problemLine({ path: 'pack', kind: 'pack-unavailable' }, lang)], 404);
    }
    // The form is read with the facts of the version for the event's start date, as the organizer page reads it.
    const start = values.startDate && isCalendarDate(values.startDate) ? values.startDate : todayInChina();
    const shown = registry.resolve(packId, start);
    const facts: readonly DeclaredFact[] = shown.kind === 'ok' ? shown.resolved.compiled.pack.facts : [];
    const event = eventFromForm(values, facts);
    const readings = readingsFromForm(values);
    const outcome = await answer(registry, { pack: packId, event, lang, readings });
    if (outcome.kind !== 'answered') {
      const problems: Problem[] = 'problems' in outcome ? outcome.problems : [{ path: 'pack', message: 'no version in effect', kind: 'pack-unavailable' }];
      return refused(c, lang, back, problems.map((p) => problemLine(p, lang, facts)), 422);
    }
    const explanation = explainEvent(outcome.resolved.compiled, event, { asOf: outcome.determination.asOf, lang, readings });
    return page(c, lang, <ExplainPage lang={lang} d={outcome.determination} explanation={explanation} back={back} />);
  });
}
