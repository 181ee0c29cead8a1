// GET /estimate: the optional step after the organizer's answer. The form's values travel in the address (no script
// runs on the pages); the estimate is made through the one estimate path (app/estimate.ts) under the pack's factors.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { estimateFor } from '../../app/estimate.js';
import { cityCoordinates } from '../../engine/estimate/index.js';
import { ESTIMATE_PAGE_WORDS, labelled, problemText, regionName, todayInChina } from '../../engine/index.js';
import { REGION_TABLE } from '../../engine/lexicon/region-table.js';
import type { AppDeps } from '../deps.js';
import { defaultVenue, fieldOfProblem, FIELD_WORDS, type PlainField, readEstimateForm } from './estimate-form.js';
import { EstimatePage } from './estimate-page.js';
import { Layout } from './layout.js';
import { pageLang } from './page-lang.js';

/** Every city of the coordinate table, by name, for the selects: built once per language, not per request. */
const cityOptionsByLang = new Map<'zh' | 'en', { code: string; name: string }[]>();
function cityOptions(lang: 'zh' | 'en') {
  let options = cityOptionsByLang.get(lang);
  if (!options) {
    options = REGION_TABLE.flatMap((line) => line.split('|').map((entry) => entry.slice(0, 6)))
      .filter((code) => cityCoordinates(code)?.city === code)
      .map((code) => ({ code, name: regionName(code, lang) }));
    cityOptionsByLang.set(lang, options);
  }
  return options;
}

export function estimatePageRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry } = deps;
  app.get('/estimate', async (c: Context) => {
    await registry.refreshIfStale();
    const lang = pageLang(c);
    const query = c.req.query();
    const pack = query.pack && registry.packIds().includes(query.pack) ? query.pack : undefined;
    const resolved = pack ? registry.resolve(pack, todayInChina()) : undefined;
    const jurisdiction = resolved?.kind === 'ok' ? resolved.resolved.compiled.pack.jurisdiction.code : undefined;
    const form = readEstimateForm(query, defaultVenue(jurisdiction));
    const cities = cityOptions(lang);
    let estimate;
    let problems: string[] = [];
    if (query.run) {
      const outcome = await estimateFor(registry, { activity: form.activity, pack, lang });
      if (outcome.kind === 'estimated') estimate = outcome.estimate;
      else if (outcome.kind === 'invalid-activity') {
        problems = outcome.problems.map((p) => {
          const field = fieldOfProblem(p.path, form);
          const words = field && field in FIELD_WORDS ? ESTIMATE_PAGE_WORDS[FIELD_WORDS[field as PlainField]][lang] : field === 'venue' ? ESTIMATE_PAGE_WORDS.venue[lang] : field ? `${ESTIMATE_PAGE_WORDS.origins[lang]} ${field.slice(1)}` : ESTIMATE_PAGE_WORDS.title[lang];
          return labelled(words, problemText(p, lang), lang);
        });
      }
    }
    const back = pack ? `/?${new URLSearchParams({ lang, pack }).toString()}` : undefined;
    return c.html(
      <Layout lang={lang} title={ESTIMATE_PAGE_WORDS.title[lang]} path={c.req.path} query={query}>
        <EstimatePage lang={lang} pack={pack} back={back} form={form} cities={cities} estimate={estimate} problems={problems} />
      </Layout>,
      problems.length ? 422 : 200,
    );
  });
}
