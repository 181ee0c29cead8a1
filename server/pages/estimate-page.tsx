// The estimate page: the activity form with its defaults shown as defaults, then the estimate drawn by phase and
// source, each line with its arithmetic and source, the notes (fallback, foreign factors) and what is still needed.
import type { Estimate } from '../../engine/estimate/index.js';
import { ACTIVITY_LABELS, ESTIMATE_PAGE_WORDS as W, fill, type Lang, labelled, list } from '../../engine/index.js';
import { EstimateChart } from './estimate-chart.js';
import { type EstimateForm, FIELD_DEFAULTS, FIELD_WORDS, MODES, ORIGIN_ROWS, PLAIN_FIELDS, type PlainField } from './estimate-form.js';

export interface EstimatePageProps {
  lang: Lang;
  pack?: string;
  back?: string;
  form: EstimateForm;
  cities: { code: string; name: string }[];
  estimate?: Estimate;
  /** Problems in words, each naming its field. */
  problems: string[];
}

function Plain(props: { field: PlainField; lang: Lang; value: string }) {
  const { field, lang, value } = props;
  const hint = `${field}-hint`;
  return (
    <p class="field">
      <label for={field}>{W[FIELD_WORDS[field]][lang]}</label>
      <input id={field} name={field} inputmode="decimal" value={value} aria-describedby={hint} />
      <small id={hint}>{fill(W.defaultValue[lang], { value: FIELD_DEFAULTS[field] })}</small>
    </p>
  );
}

function CitySelect(props: { name: string; label: string; value: string; cities: EstimatePageProps['cities']; empty: string }) {
  return (
    <>
      <label for={props.name}>{props.label}</label>
      <select id={props.name} name={props.name}>
        <option value="">{props.empty}</option>
        {props.cities.map((c) => (
          <option value={c.code} selected={c.code === props.value}>
            {c.name}
          </option>
        ))}
      </select>
    </>
  );
}

function Form(props: EstimatePageProps) {
  const { lang, form, cities } = props;
  const v = form.values;
  return (
    <form class="card estimate-form" method="get" action="/estimate">
      <input type="hidden" name="lang" value={lang} />
      {props.pack ? <input type="hidden" name="pack" value={props.pack} /> : null}
      <input type="hidden" name="run" value="1" />
      <p class="field">
        <CitySelect name="venue" label={W.venue[lang]} value={v.venue ?? ''} cities={cities} empty={W.noVenue[lang]} />
      </p>
      {(['prepElec', 'elec', 'gas', 'diesel'] as const).map((f) => (
        <Plain field={f} lang={lang} value={v[f] ?? ''} />
      ))}
      <fieldset>
        <legend>{W.origins[lang]}</legend>
        {Array.from({ length: ORIGIN_ROWS }, (_, k) => k + 1).map((i) => (
          <p class="field origin-row">
            <CitySelect name={`o${i}city`} label={W.originCity[lang]} value={v[`o${i}city`] ?? ''} cities={cities} empty="—" />
            <label for={`o${i}mode`}>{W.mode[lang]}</label>
            <select id={`o${i}mode`} name={`o${i}mode`}>
              {MODES.map((m) => (
                <option value={m} selected={m === v[`o${i}mode`]}>
                  {ACTIVITY_LABELS[`travel.${m}`]?.[lang]}
                </option>
              ))}
            </select>
            <label for={`o${i}n`}>{W.people[lang]}</label>
            <input id={`o${i}n`} name={`o${i}n`} inputmode="numeric" value={v[`o${i}n`] ?? ''} />
          </p>
        ))}
      </fieldset>
      {(['nights', 'meals'] as const).map((f) => (
        <Plain field={f} lang={lang} value={v[f] ?? ''} />
      ))}
      <p class="field">
        <label for="mealFactor">{W.mealFactor[lang]}</label>
        <input id="mealFactor" name="mealFactor" inputmode="decimal" value={v.mealFactor ?? ''} />
        <label for="mealSource">{W.mealSource[lang]}</label>
        <input id="mealSource" name="mealSource" value={v.mealSource ?? ''} />
      </p>
      {(['paper', 'plastic', 'waste'] as const).map((f) => (
        <Plain field={f} lang={lang} value={v[f] ?? ''} />
      ))}
      <button type="submit">{W.submit[lang]}</button>
    </form>
  );
}

function Result(props: { estimate: Estimate; form: EstimateForm }) {
  const { estimate, form } = props;
  const { lang } = estimate;
  const defaulted = form.defaulted.filter((f) => PLAIN_FIELDS.includes(f)).map((f) => W[FIELD_WORDS[f]][lang]);
  return (
    <section class="card estimate-result" aria-labelledby="estimate-result-h">
      <h2 id="estimate-result-h">{W.result[lang]}</h2>
      <p class="estimate-total">
        <strong>{labelled(W.total[lang], `${estimate.total} tCO2e`, lang)}</strong>
      </p>
      {defaulted.length ? <p class="estimate-defaults">{fill(W.defaultsUsed[lang], { items: list(defaulted, lang) })}</p> : null}
      <EstimateChart estimate={estimate} />
      <h3>{W.lines[lang]}</h3>
      <ol class="estimate-lines">
        {estimate.lines.map((l) => (
          <li>{l.text}</li>
        ))}
      </ol>
      {estimate.notes.length ? (
        <>
          <h3>{W.notes[lang]}</h3>
          <ul>
            {estimate.notes.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      {estimate.unestimated.length ? (
        <>
          <h3>{W.needed[lang]}</h3>
          <ul>
            {estimate.unestimated.map((u) => (
              <li>{u.question}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function EstimatePage(props: EstimatePageProps) {
  const { lang } = props;
  return (
    <>
      <h1>{W.title[lang]}</h1>
      <p>{W.intro[lang]}</p>
      {props.back ? (
        <p>
          <a href={props.back}>{W.back[lang]}</a>
        </p>
      ) : null}
      {props.problems.length ? (
        <div class="errors" role="alert">
          <p>{W.problems[lang]}</p>
          <ul>
            {props.problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form {...props} />
      {props.estimate ? <Result estimate={props.estimate} form={props.form} /> : null}
    </>
  );
}
