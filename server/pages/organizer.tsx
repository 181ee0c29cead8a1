// The organizer's page: where is the event held, then only the questions the engine says it still needs, then
// the answer card: obligation, dated duties as a timeline, offsets in order, confirmation, each with its clause.
import { governsWords } from '../../adapters/reports/index.js';
import {
  type Determination,
  FACT_CATALOG,
  INSTRUMENT_LABELS,
  INSTRUMENTS,
  KIND_LABELS,
  type Lang,
  OBLIGATION_LABELS,
  ORGANIZER_LEVEL_LABELS,
  PHASES,
  ORGANIZER_TYPE_LABELS,
  type Problem,
  type Question,
  SCALE_LABELS,
  VERDICT_LABELS,
} from '../../engine/index.js';
import { factLabel } from '../../engine/describe-conditions.js';
import { Basis, Cite } from './cite.js';
import { fieldOf, type FormValues, isReadingField, LINE_FIELDS, PLAN_LINES, READING_FIELD } from './event-form.js';
import { t, tf } from './i18n.js';

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
  determination?: Determination;
  /** The questions still open (empty when the answer is complete). */
  questions: Question[];
  notice?: string;
}

const VALUE_LABELS: Record<string, Record<string, { zh: string; en: string }>> = {
  kind: KIND_LABELS,
  'organizer.type': ORGANIZER_TYPE_LABELS,
  'organizer.level': ORGANIZER_LEVEL_LABELS,
  scale: SCALE_LABELS,
};

const id = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}`;

function Hidden(props: { values: FormValues; except: Set<string> }) {
  return (
    <>
      {Object.entries(props.values)
        .filter(([k]) => !props.except.has(k))
        .map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
    </>
  );
}

function FieldError(props: { field: string; problems: Problem[] }) {
  const mine = props.problems.filter((p) => fieldOf(p) === props.field);
  return mine.length ? (
    <p class="error" id={`${id(props.field)}-error`}>
      {mine.map((p) => p.message).join('; ')}
    </p>
  ) : null;
}

/** One question, with the control its fact's type calls for. */
function QuestionField(props: { question: Question; value?: string; lang: Lang; problems: Problem[] }) {
  const { question, value, lang, problems } = props;
  const spec = FACT_CATALOG.find((f) => f.name === question.fact);
  const fid = id(question.fact);
  const invalid = problems.some((p) => fieldOf(p) === question.fact);
  const aria = invalid ? { 'aria-invalid': 'true', 'aria-describedby': `${fid}-error` } : {};
  if (spec?.type === 'boolean') {
    return (
      <fieldset class="field">
        <legend>{question.question}</legend>
        <div class="inline">
          <label>
            <input type="radio" name={question.fact} value="yes" checked={value === 'yes'} /> {t('yes', lang)}
          </label>{' '}
          <label>
            <input type="radio" name={question.fact} value="no" checked={value === 'no'} /> {t('no', lang)}
          </label>
        </div>
        <FieldError field={question.fact} problems={problems} />
      </fieldset>
    );
  }
  let control;
  if (spec?.type === 'enum' || spec?.values) {
    const labels = VALUE_LABELS[question.fact];
    control = (
      <select id={fid} name={question.fact} {...aria}>
        <option value="">{t('choose', lang)}</option>
        {(spec?.values ?? []).map((v) => (
          <option value={String(v)} selected={value === String(v)}>
            {labels?.[String(v)]?.[lang] ?? String(v)}
          </option>
        ))}
      </select>
    );
  } else if (spec?.type === 'date') {
    control = <input id={fid} name={question.fact} type="date" value={value ?? ''} {...aria} />;
  } else if (spec?.type === 'integer' || spec?.type === 'number') {
    control = <input id={fid} name={question.fact} type="number" min="0" step={spec.type === 'integer' ? '1' : 'any'} inputmode="numeric" value={value ?? ''} {...aria} />;
  } else {
    control = <input id={fid} name={question.fact} type="text" value={value ?? ''} {...aria} />;
  }
  return (
    <div class="field">
      <label for={fid}>{question.question}</label>
      {control}
      <FieldError field={question.fact} problems={problems} />
    </div>
  );
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
  const { values, lang, packId } = props.state;
  // Readings chosen are shown in the answer's own section, in words.
  const shown = Object.entries(values).filter(([k]) => !props.open.has(k) && !/^o\d\./.test(k) && k !== 'emissionsTco2e' && !isReadingField(k));
  if (!shown.length) return null;
  return (
    <section aria-labelledby="answered-h">
      <h2 id="answered-h">{t('answered', lang)}</h2>
      <ul class="answers">
        {shown.map(([k, v]) => {
          const rest = new URLSearchParams({ lang, pack: packId ?? '', ...values });
          rest.delete(k);
          const label = VALUE_LABELS[k]?.[v]?.[lang] ?? (v === 'yes' ? t('yes', lang) : v === 'no' ? t('no', lang) : v);
          return (
            <li>
              {factLabel(k, lang)}: {label} <a href={`/?${rest.toString()}`}>{t('change', lang)}</a>
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
        <QuestionField question={q} value={values[q.fact]} lang={lang} problems={state.problems} />
      ))}
      <button type="submit">{t('continue', lang)}</button>
    </form>
  );
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

function PlanForm(props: { state: OrganizerState }) {
  const { lang, values, packId, problems } = props.state;
  const lineFields = new Set<string>(['emissionsTco2e']);
  for (let i = 0; i < PLAN_LINES; i++) for (const f of LINE_FIELDS) lineFields.add(`o${i}.${f}`);
  const text = (name: string, label: string, type = 'text') => (
    <div class="field">
      <label for={id(name)}>{label}</label>
      <input id={id(name)} name={name} type={type} value={values[name] ?? ''} />
      <FieldError field={name} problems={problems} />
    </div>
  );
  const lineLabel = (f: string) =>
    ({
      quantityTco2e: lang === 'zh' ? '数量（吨CO2e）' : 'Quantity (tCO2e)',
      projectRegion: lang === 'zh' ? '项目所在地（GB/T 2260 代码，如 500101）' : 'Project region (GB/T 2260 code, e.g. 500101)',
      vintageStart: lang === 'zh' ? '减排量产生起始日' : 'Vintage start',
      vintageEnd: lang === 'zh' ? '减排量产生截止日' : 'Vintage end',
      projectStartDate: lang === 'zh' ? '项目投入运行日' : 'Project start of operation',
      projectType: lang === 'zh' ? '项目类型（如 工程类、碳普惠类、生态碳汇类）' : 'Project type (e.g. 工程类, 碳普惠类, 生态碳汇类)',
      approvedOn: lang === 'zh' ? '减排量经主管部门审定通过日' : 'Date the reductions were approved',
      serial: lang === 'zh' ? '序列号' : 'Serial number',
    })[f] ?? f;
  return (
    <form class="card" method="get" action="/#plan-result" aria-labelledby="plan-h">
      <h2 id="plan-h">{t('plan', lang)}</h2>
      <p class="lead">{t('planHint', lang)}</p>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="pack" value={packId ?? ''} />
      <Hidden values={values} except={lineFields} />
      {text('emissionsTco2e', t('emissions', lang))}
      {Array.from({ length: PLAN_LINES }, (_, i) => (
        <fieldset class="plan-line">
          <legend>
            {t('line', lang)} {i + 1}
          </legend>
          <div class="field">
            <label for={id(`o${i}.instrument`)}>{lang === 'zh' ? '产品' : 'Instrument'}</label>
            <select id={id(`o${i}.instrument`)} name={`o${i}.instrument`}>
              <option value="">{t('choose', lang)}</option>
              {INSTRUMENTS.map((inst) => (
                <option value={inst} selected={values[`o${i}.instrument`] === inst}>
                  {INSTRUMENT_LABELS[inst][lang]}
                </option>
              ))}
            </select>
            <FieldError field={`o${i}.instrument`} problems={problems} />
          </div>
          {(['quantityTco2e', 'projectRegion', 'projectType', 'serial'] as const).map((f) => text(`o${i}.${f}`, lineLabel(f)))}
          {(['vintageStart', 'vintageEnd', 'projectStartDate', 'approvedOn'] as const).map((f) => text(`o${i}.${f}`, lineLabel(f), 'date'))}
          <div class="field">
            <label>
              <input type="checkbox" name={`o${i}.newProject`} value="yes" checked={values[`o${i}.newProject`] === 'yes'} />{' '}
              {lang === 'zh' ? '新建林业或海洋碳汇项目' : 'A newly built forestry or ocean sink project'}
            </label>
          </div>
        </fieldset>
      ))}
      <button type="submit">{t('check', lang)}</button>
    </form>
  );
}

function PlanResult(props: { d: Determination; lang: Lang }) {
  const check = props.d.offsets.check;
  const { lang } = props;
  if (!check) return null;
  const verdict = check.sufficient === true ? t('sufficient', lang) : check.sufficient === false ? t('insufficient', lang) : t('undecidedPlan', lang);
  return (
    <section class="card" id="plan-result" aria-labelledby="plan-result-h">
      <h2 id="plan-result-h">{t('planResult', lang)}</h2>
      <p class={`verdict ${check.sufficient === true ? 'encouraged' : check.sufficient === false ? 'required' : 'undetermined'}`}>{verdict}</p>
      <p>
        {t('total', lang)} {check.total} · {t('counted', lang)} {check.counted}
        {check.emissions ? ` · ${t('emissions', lang)} ${check.emissions}` : ''}
        {check.shortfall !== null ? ` · ${t('shortfall', lang)} ${check.shortfall}` : ''}
      </p>
      {check.coverageCitation ? <Cite citation={check.coverageCitation} lang={lang} /> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{lang === 'zh' ? '产品' : 'Instrument'}</th>
            <th scope="col">tCO2e</th>
            <th scope="col">{lang === 'zh' ? '结论' : 'Verdict'}</th>
            <th scope="col">{lang === 'zh' ? '理由' : 'Reasons'}</th>
          </tr>
        </thead>
        <tbody>
          {check.lines.map((line) => (
            <tr>
              <td>{line.index + 1}</td>
              <td>{INSTRUMENT_LABELS[line.instrument][lang]}</td>
              <td>{line.quantityTco2e}</td>
              <td>{VERDICT_LABELS[line.verdict][lang]}</td>
              <td>
                {line.reasons.map((r) => (
                  <div>
                    {r.message}
                    {r.citation ? <Cite citation={r.citation} lang={lang} /> : null}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {check.warnings.map((w) => (
        <p>⚠ {w.message}</p>
      ))}
    </section>
  );
}

/** Steps in phase order (before, during, after), the pack's order kept within a phase. */
export function inPhaseOrder<T extends { phase: (typeof PHASES)[number] }>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
}

/** The contested readings the answer rests on: the question, the option used, what each other option would
 * answer, and a button to ask again under it (the same answers, with `reading.<id>` set). */
function Readings(props: { state: OrganizerState; d: Determination }) {
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

function AnswerCard(props: { state: OrganizerState; d: Determination }) {
  const { d, state } = props;
  const { lang } = state;
  const decisive = d.reasons.find((r) => r.decides === `obligation:${d.obligation}`);
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
              <code>{a.fact}</code> = {String(a.value)} <Cite citation={a.citation} lang={lang} />
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
            <a href={`/packs/${d.pack.id}/rules/${r.rule}?lang=${lang}`}>{r.title}</a> <Basis basis={r.citation.basis} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OrganizerPage(props: { state: OrganizerState }) {
  const { state } = props;
  const { lang } = state;
  const open = new Set(state.questions.map((q) => q.fact));
  // Problems shown next to a question or in the plan form are not repeated here.
  const planShown = Boolean(state.determination);
  const eventProblems = state.problems.filter((p) => !open.has(fieldOf(p)) && !(planShown && /^o\d\.|^emissionsTco2e/.test(fieldOf(p))));
  return (
    <>
      <h1>{t('organizerTitle', lang)}</h1>
      <p class="lead">{t('organizerIntro', lang)}</p>
      <PackPicker state={state} />
      {eventProblems.length ? (
        <div class="errors" role="alert">
          <strong>{t('problems', lang)}</strong>
          <ul>
            {eventProblems.map((p) =>
              p.path.startsWith('readings.') ? (
                <li>
                  {t('readings', lang)}
                  {lang === 'zh' ? '：' : ': '}
                  {p.message}
                </li>
              ) : (
                <li>
                  <code>{p.path}</code>: {p.message}
                </li>
              ),
            )}
          </ul>
        </div>
      ) : null}
      {state.packId ? <Answered state={state} open={open} /> : null}
      {state.packId && state.questions.length ? <Questions state={state} /> : null}
      {state.determination && !state.questions.length ? <AnswerCard state={state} d={state.determination} /> : null}
      {state.determination?.offsets.check ? <PlanResult d={state.determination} lang={lang} /> : null}
      {state.determination && !state.questions.length ? <PlanForm state={state} /> : null}
      {state.packId ? (
        <p>
          <a href={`/?lang=${lang}`}>{t('startOver', lang)}</a>
        </p>
      ) : null}
    </>
  );
}
