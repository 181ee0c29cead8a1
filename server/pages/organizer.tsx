// The organizer's page: where is the event held, then only the questions the engine says it still needs (in the
// pack's words, with its units and types), then the answer card; once answered, the other facts the policy reads
// may be added, so that the answer cites the most specific clause; and the optional offset plan.
import { shownValue } from '../../adapters/reports/fact-words.js';
import { capital, clauses, problemLine, type ProblemContext, problemSubject, ui } from '../../engine/index.js';
import { type Determination, type Lang, OBLIGATION_LABELS, type Problem, type Question } from '../../engine/index.js';
import { AnswerCard } from './answer-card.js';
import { type DeclaredFact, fieldOf, type FormValues, isReadingField, typedValue } from './event-form.js';
import { t } from './i18n.js';
import { PlanForm, PlanResult } from './plan-form.js';
import { Hidden, QuestionField } from './question-field.js';

export interface PackChoice {
  id: string;
  name: string;
}

export interface OrganizerState {
  lang: Lang;
  packs: PackChoice[];
  packId?: string;
  values: FormValues;
  problems: Problem[];
  /** The readings of the pack asked, to name a reading chosen that it does not offer. */
  readings?: ProblemContext['readings'];
  determination?: Determination;
  /** The questions still open (empty when the answer is complete). */
  questions: Question[];
  /** Once answered: the other facts the policy reads that the event does not give yet (optional). */
  more: Question[];
  /** Whether the optional facts were being answered (their section stays open). */
  moreOpen?: boolean;
  /** The answering pack's facts: their labels, units and types. */
  facts: readonly DeclaredFact[];
  /** The GB/T 2260 code of the answering pack's jurisdiction. */
  jurisdiction: string;
  notice?: string;
}

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

/**
 * A problem in words: the field by its name and what is wrong (engine/lexicon/problems.ts), never the engine's English
 * message nor a path. A reading the pack does not offer was set aside: the answer is under its default.
 */
function problemWords(problem: Problem, state: OrganizerState): string {
  const { lang, facts, readings } = state;
  const line = problemLine(problem, lang, facts, { readings });
  return problem.path.startsWith('readings.') ? clauses([line, ui('readingDefaultUsed', lang)], lang) : line;
}

function PackPicker(props: { state: OrganizerState }) {
  const { lang, packs, packId } = props.state;
  return (
    <form class="card" method="get" action="/">
      <input type="hidden" name="lang" value={lang} />
      <div class="field">
        <label for="f-pack">{t('where', lang)}</label>
        <select id="f-pack" name="pack" required>
          <option value="">{t('choose', lang)}</option>
          {packs.map((p) => (
            <option value={p.id} selected={p.id === packId}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('continue', lang)}</button>
    </form>
  );
}

function Answered(props: { state: OrganizerState; open: Set<string> }) {
  const { values, lang, packId, facts } = props.state;
  // Readings chosen are shown in the answer's own section, in words; the plan in its own form.
  const shown = Object.entries(values).filter(([k]) => !props.open.has(k) && !/^o\d\./.test(k) && k !== 'emissionsTco2e' && !isReadingField(k));
  if (!shown.length) return null;
  return (
    <section aria-labelledby="answered-h">
      <h2 id="answered-h">{t('answered', lang)}</h2>
      <ul class="answers">
        {shown.map(([k, v]) => {
          const rest = new URLSearchParams({ lang, pack: packId ?? '', ...values });
          rest.delete(k);
          return (
            <li>
              {capital(problemSubject(k, lang, facts), lang)}
              {colon(lang)}
              {shownValue(k, typedValue(k, v, facts), lang, facts)} <a href={`/?${rest.toString()}`}>{t('change', lang)}</a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Questions(props: { state: OrganizerState }) {
  const { state } = props;
  const { lang, questions, values } = state;
  const open = new Set(questions.map((q) => q.fact));
  const atLeast = state.determination?.obligationAtLeast;
  return (
    <form class="card" method="get" action="/" aria-labelledby="questions-h">
      <h2 id="questions-h">{t('questions', lang)}</h2>
      <p class="lead">{t('questionsHint', lang)}</p>
      {atLeast ? (
        <p>
          {t('soFar', lang)} <strong>{OBLIGATION_LABELS[atLeast][lang]}</strong>
        </p>
      ) : null}
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="pack" value={state.packId ?? ''} />
      <Hidden values={values} except={open} />
      {questions.map((q) => (
        <QuestionField question={q} value={values[q.fact]} lang={lang} problems={state.problems} facts={state.facts} />
      ))}
      <button type="submit">{t('continue', lang)}</button>
    </form>
  );
}

/** The other facts the policy reads, once the answer is complete: optional, in the pack's words. */
function MoreFacts(props: { state: OrganizerState }) {
  const { state } = props;
  const { lang, more, values } = state;
  if (!more.length) return null;
  return (
    <details class="card more" id="more" open={state.moreOpen}>
      <summary id="more-h">{ui('more', lang)}</summary>
      <form method="get" action="/#more" aria-labelledby="more-h">
        <p class="lead">{ui('moreHint', lang)}</p>
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="pack" value={state.packId ?? ''} />
        <input type="hidden" name="more" value="1" />
        <Hidden values={values} except={new Set(more.map((q) => q.fact))} />
        {more.map((q) => (
          <QuestionField question={q} value={values[q.fact]} lang={lang} problems={state.problems} facts={state.facts} />
        ))}
        <button type="submit">{ui('moreQuestions', lang)}</button>
      </form>
    </details>
  );
}

export function OrganizerPage(props: { state: OrganizerState }) {
  const { state } = props;
  const { lang } = state;
  const open = new Set([...state.questions, ...state.more].map((q) => q.fact));
  // Problems shown next to a question or in the plan form are not repeated here.
  const planShown = Boolean(state.determination);
  const eventProblems = state.problems.filter((p) => !open.has(fieldOf(p)) && !(planShown && /^o\d\.|^emissionsTco2e/.test(fieldOf(p))));
  const answered = state.determination && !state.questions.length;
  return (
    <>
      <h1>{t('organizerTitle', lang)}</h1>
      <p class="lead">{t('organizerIntro', lang)}</p>
      <PackPicker state={state} />
      {eventProblems.length ? (
        <div class="errors" role="alert">
          <strong>{t('problems', lang)}</strong>
          <ul>
            {eventProblems.map((p) => (
              <li>{problemWords(p, state)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.packId ? <Answered state={state} open={open} /> : null}
      {state.packId && state.questions.length ? <Questions state={state} /> : null}
      {answered && state.determination ? (
        <AnswerCard state={{ lang, packId: state.packId, values: state.values, facts: state.facts, notice: state.notice }} d={state.determination} />
      ) : null}
      {answered ? <MoreFacts state={state} /> : null}
      {state.determination?.offsets.check ? <PlanResult d={state.determination} lang={lang} /> : null}
      {answered ? <PlanForm state={{ lang, packId: state.packId, values: state.values, problems: state.problems, jurisdiction: state.jurisdiction }} /> : null}
      {state.packId ? (
        <p>
          <a href={`/?lang=${lang}`}>{t('startOver', lang)}</a>
        </p>
      ) : null}
    </>
  );
}
