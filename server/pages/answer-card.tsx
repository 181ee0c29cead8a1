// The organizer's answer card: the obligation in plain words with the clause that decides it, the contested
// readings it rests on, the dated duties as a timeline, the confirmation, the offsets in order and the steps,
// each with its clause on demand.
import { governsWords } from '../../adapters/reports/index.js';
import { decidingReasons } from '../../adapters/reports/deciding-rule.js';
import { factTitle, shownValue } from '../../adapters/reports/fact-words.js';
import { ui } from '../../engine/index.js';
import { type Determination, ESTIMATE_PAGE_WORDS, INSTRUMENT_LABELS, type Lang, OBLIGATION_LABELS, VERDICT_LABELS } from '../../engine/index.js';
import { inPhaseOrder } from '../../adapters/render/process-order.js';
import { Basis, Cite } from './cite.js';
import { ExplainLink } from './explain-link.js';
import { type DeclaredFact, type FormValues, READING_FIELD } from './event-form.js';
import { t, tf } from './i18n.js';
import { Hidden } from './question-field.js';
import { StartCase } from './case-start.js';

export interface AnswerState {
  lang: Lang;
  packId?: string;
  values: FormValues;
  facts: readonly DeclaredFact[];
  notice?: string;
}

function Timeline(props: { d: Determination; values: FormValues; lang: Lang }) {
  const { d, values, lang } = props;
  type Item = { date: string | null; label: string; duty?: Determination['duties'][number] };
  const items: Item[] = d.duties.map((duty) => ({ date: duty.due, label: duty.title, duty }));
  if (values.startDate) items.push({ date: values.startDate, label: t('eventStarts', lang) });
  if (values.endDate) items.push({ date: values.endDate, label: t('eventEnds', lang) });
  // The anchor sorts before a duty of the same day, so "register by the day before" reads before the start.
  // (A stable sort: on one day the event's start stays before its end, and duties keep the engine's order.)
  items.sort((a, b) => {
    const [x, y] = [a.date ?? '9999', b.date ?? '9999'];
    return x === y ? Number(Boolean(a.duty)) - Number(Boolean(b.duty)) : x < y ? -1 : 1;
  });
  return (
    <ol class="timeline">
      {items.map((item) => (
        <li class={item.duty ? 'duty' : 'anchor'}>
          <span class="date">{item.date ?? t('noDate', lang)}</span>
          <strong>{item.label}</strong>
          {item.duty ? (
            <>
              <span class={`badge ${item.duty.binding ? 'binding' : 'if-neutralizing'}`}>{t(item.duty.binding ? 'binding' : 'ifYouNeutralize', lang)}</span>
              {item.duty.governs ? (
                <div class="governs">
                  {t('governs', lang)}
                  {lang === 'zh' ? '：' : ': '}
                  {governsWords(item.duty.governs, lang)}
                </div>
              ) : null}
              <div class="hint">
                {item.duty.dueText}
                {item.duty.note ? ` · ${item.duty.note}` : ''}
              </div>
              <Cite citation={item.duty.citation} lang={lang} />
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The contested readings the answer rests on: the question, the option used, what each other option would
 * answer, and a button to ask again under it (the same answers, with `reading.<id>` set). */
function Readings(props: { state: AnswerState; d: Determination }) {
  const { d, state } = props;
  const { lang } = state;
  if (!d.readings.length) return null;
  return (
    <section class="readings" aria-labelledby="readings-h">
      <h3 id="readings-h">{t('readings', lang)}</h3>
      <p class="hint">{t('readingsIntro', lang)}</p>
      {d.readings.map((r, i) => (
        <form class="reading" method="get" action="/#answer" aria-labelledby={`reading-${i}-q`}>
          <p class="question" id={`reading-${i}-q`}>
            <strong>{r.question}</strong>
          </p>
          <p>
            {t('readingUsed', lang)}
            {lang === 'zh' ? '：' : ': '}
            {r.optionLabel}
            <span class="badge">{t(r.chosen === 'asked' ? 'readingAsked' : 'readingDefault', lang)}</span>
          </p>
          {r.citation ? <Cite citation={r.citation} lang={lang} /> : null}
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="pack" value={state.packId ?? ''} />
          <Hidden values={state.values} except={new Set([`${READING_FIELD}${r.id}`])} />
          <ul class="alternatives">
            {r.alternatives.map((a, j) => (
              <li data-obligation={a.obligation}>
                <p id={`reading-${i}-alt-${j}`}>{tf('readingIf', lang, { label: a.label, summary: a.summary })}</p>
                {a.citation ? <Cite citation={a.citation} lang={lang} /> : null}
                <button type="submit" class="secondary" name={`${READING_FIELD}${r.id}`} value={a.option} aria-describedby={`reading-${i}-alt-${j}`}>
                  {t('reask', lang)}
                </button>
              </li>
            ))}
          </ul>
        </form>
      ))}
    </section>
  );
}

export function AnswerCard(props: { state: AnswerState; d: Determination }) {
  const { d, state } = props;
  const { lang, facts } = state;
  const decisive = decidingReasons(d)[0];
  return (
    <section class="card" aria-labelledby="answer-h" id="answer">
      <h2 id="answer-h">
        {t('answer', lang)} · {d.pack.title}
      </h2>
      <p class={`verdict ${d.obligation}`} data-obligation={d.obligation}>
        {OBLIGATION_LABELS[d.obligation][lang]}
      </p>
      <p>{d.summary}</p>
      {decisive ? <Cite citation={decisive.citation} lang={lang} /> : null}
      {state.notice ? <p class="hint">{state.notice}</p> : null}
      {d.warnings.length ? (
        <div class="errors">
          {d.warnings.map((w) => (
            <p>{w}</p>
          ))}
        </div>
      ) : null}
      <Readings state={state} d={d} />
      {d.assumptions.length ? (
        <>
          <h3>{t('assumptions', lang)}</h3>
          {d.assumptions.map((a) => (
            <div>
              {factTitle(a.fact, lang, facts)}
              {lang === 'zh' ? '：' : ': '}
              {shownValue(a.fact, a.value, lang, facts)} <Cite citation={a.citation} lang={lang} />
            </div>
          ))}
        </>
      ) : null}
      <h3>{t('timeline', lang)}</h3>
      <Timeline d={d} values={state.values} lang={lang} />
      <h3>{t('confirmation', lang)}</h3>
      <ul>
        {d.confirmation.routes.map((r) => (
          <li>
            {r.label} <Cite citation={r.citation} lang={lang} />
          </li>
        ))}
      </ul>
      <h3>{t('offsets', lang)}</h3>
      <ol>
        {d.offsets.accepted.map((a) => (
          <li value={a.rank}>
            {a.label}
            {a.standing === 'discouraged' ? <span class="badge interpretation">{VERDICT_LABELS.discouraged[lang]}</span> : null}
            {a.conditions.length ? <div class="hint">{a.conditions.map((c) => c.text).join(lang === 'zh' ? '；' : '; ')}</div> : null}
            <Cite citation={a.citation} lang={lang} />
          </li>
        ))}
      </ol>
      {d.offsets.excluded.length ? (
        <>
          <h4>{t('excluded', lang)}</h4>
          <ul>
            {d.offsets.excluded.map((x) => (
              <li>
                {INSTRUMENT_LABELS[x.instrument][lang]}: {x.reason} <Cite citation={x.citation} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.offsets.encouraged.length ? (
        <>
          <h4>{t('encouraged', lang)}</h4>
          <ul>
            {d.offsets.encouraged.map((e) => (
              <li>
                {e.text} <Cite citation={e.citation} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('process', lang)}</h3>
      <ol>
        {inPhaseOrder(d.process).map((s) => (
          <li>
            <strong>{s.phaseLabel}</strong> · {s.title}
            {s.channel ? <div class="hint">{s.channel}</div> : null}
            <Cite citation={s.citation} lang={lang} />
          </li>
        ))}
      </ol>
      <h3>{t('reasons', lang)}</h3>
      <ul>
        {d.reasons.map((r) => (
          <li>
            <a class="rule-link" href={`/packs/${d.pack.id}/rules/${r.rule}?lang=${lang}`}>
              {r.title}
            </a>{' '}
            <Basis basis={r.citation.basis} lang={lang} />
          </li>
        ))}
      </ul>
      {d.removed?.length ? (
        <>
          <h4>{ui('removed', lang)}</h4>
          <ul>
            {d.removed.map((r) => (
              <li>
                <s>{r.title}</s> <Cite citation={r.citation} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ExplainLink state={state} />
      {state.packId ? <p class="estimate-link"><a href={`/estimate?${new URLSearchParams({ lang, pack: state.packId }).toString()}`}>{ESTIMATE_PAGE_WORDS.link[lang]}</a></p> : null}
      <StartCase lang={lang} packId={state.packId} values={state.values} />
    </section>
  );
}
