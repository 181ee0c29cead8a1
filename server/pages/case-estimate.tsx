// The case page's two emission figures: the estimate recorded before the event (labelled as an estimate, with its
// sums by phase and source and what it left out) beside the accounted figure, with their difference in words, and
// a link to the estimate page under the case's pack.
import type { CaseView, EstimateSum } from '../../app/cases/case-view.js';
import { CASE_ESTIMATE_PAGE_WORDS, type Lang, labelled, list } from '../../engine/index.js';
import { cw, tco2e } from './case-words.js';

const pw = (key: keyof typeof CASE_ESTIMATE_PAGE_WORDS, lang: Lang) => CASE_ESTIMATE_PAGE_WORDS[key][lang];

/** The /estimate page under the case's pack and language. */
const estimatePath = (view: CaseView, lang: Lang) => `/estimate?${new URLSearchParams({ lang, pack: view.pack.id }).toString()}`;

/** The estimate's sums by phase or by source, under their heading. */
function Sums(props: { label: string; sums: EstimateSum[]; lang: Lang }) {
  const { label, sums, lang } = props;
  if (!sums.length) return null;
  return (
    <>
      <p>{label}</p>
      <ul aria-label={label}>
        {sums.map((s) => (
          <li>{labelled(s.text, tco2e(s.quantityTco2e, lang), lang)}</li>
        ))}
      </ul>
    </>
  );
}

export function CaseEstimate(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  const estimate = view.estimate ?? null;
  const figures = view.emissionFigures ?? null;
  return (
    <section class="card" aria-labelledby="estimate-h">
      <h2 id="estimate-h">{pw('heading', lang)}</h2>
      {estimate ? (
        <div data-figure="estimate">
          <p>
            {labelled(estimate.label, '', lang)}
            <strong>{tco2e(estimate.totalTco2e, lang)}</strong> <span class="badge interpretation">{estimate.factorSet.text}</span>
          </p>
          <p class="hint">{estimate.text}</p>
          <Sums label={cw('byPhase', lang)} sums={estimate.byPhase} lang={lang} />
          <Sums label={pw('bySource', lang)} sums={estimate.bySource} lang={lang} />
          {estimate.leftOut.length ? <p class="hint">{labelled(pw('leftOut', lang), list([...new Set(estimate.leftOut.map((u) => u.activity.text))], lang), lang)}</p> : null}
          {estimate.earlier.length ? (
            <p class="muted">
              {labelled(
                pw('earlier', lang),
                list(
                  estimate.earlier.map((e) => `${e.recordedOn} ${tco2e(e.totalTco2e, lang)}`),
                  lang,
                ),
                lang,
              )}
            </p>
          ) : null}
        </div>
      ) : (
        <p>{pw('noEstimate', lang)}</p>
      )}
      {figures?.accounted ? (
        <p data-figure="accounted">
          {labelled(figures.accounted.label, '', lang)}
          <strong>{tco2e(figures.accounted.tco2e, lang)}</strong> · {figures.accounted.accountedBy.text}
        </p>
      ) : (
        <p>{pw('noAccounted', lang)}</p>
      )}
      {figures && figures.differenceTco2e !== null ? (
        <p data-figure="difference">
          {labelled(pw('difference', lang), tco2e(figures.differenceTco2e, lang), lang)}
        </p>
      ) : null}
      {figures ? <p>{figures.text}</p> : null}
      <p class="links">
        <a href={estimatePath(view, lang)}>{pw('estimateLink', lang)}</a>
      </p>
    </section>
  );
}
