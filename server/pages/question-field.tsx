// One question of the organizer's form, with the control its fact's declared type calls for (a whole number, a
// decimal, yes/no, a date, one of listed values) and the unit the pack gives it; and the pieces every form shares.
import { clauses, type Lang, type Problem, problemText, type Question, valueName } from '../../engine/index.js';
import { factUnit } from '../../adapters/reports/fact-words.js';
import { type DeclaredFact, fieldOf, fieldSpec, type FormValues } from './event-form.js';
import { t } from './i18n.js';

/** The element id of a field: `f-organizer-type`, `f-extra-onSiteAttendees`, `f-o0-projectRegion`. */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}`;

/** The values already given, carried along as hidden fields (but those the form asks again). */
export function Hidden(props: { values: FormValues; except: Set<string> }) {
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

/** What is wrong with a field, in words, beside it (the field's question names it). `name`: the field's name in
 * the form when it differs from the fact (the analyst's `e.<fact>`). */
export function FieldError(props: { field: string; problems: Problem[]; lang: Lang; facts?: readonly DeclaredFact[]; name?: string }) {
  const { lang, facts } = props;
  const mine = props.problems.filter((p) => fieldOf(p) === props.field);
  return mine.length ? (
    <p class="error" id={`${fieldId(props.name ?? props.field)}-error`}>
      {clauses(
        mine.map((p) => problemText(p, lang, facts)),
        lang,
      )}
    </p>
  ) : null;
}

/** `prefix`: put before the fact's name in the form (the analyst's page names its event fields `e.<fact>`). */
export function QuestionField(props: { question: Question; value?: string; lang: Lang; problems: Problem[]; facts: readonly DeclaredFact[]; prefix?: string }) {
  const { question, value, lang, problems, facts } = props;
  const spec = fieldSpec(question.fact, facts);
  const name = `${props.prefix ?? ''}${question.fact}`;
  const fid = fieldId(name);
  const invalid = problems.some((p) => fieldOf(p) === question.fact);
  const aria = invalid ? { 'aria-invalid': 'true', 'aria-describedby': `${fid}-error` } : {};
  if (spec?.type === 'boolean') {
    return (
      <fieldset class="field" id={fid} {...(invalid ? { 'aria-describedby': `${fid}-error` } : {})}>
        <legend>{question.question}</legend>
        <div class="choices">
          <label class="check">
            <input type="radio" name={name} value="yes" checked={value === 'yes'} />
            <span>{t('yes', lang)}</span>
          </label>
          <label class="check">
            <input type="radio" name={name} value="no" checked={value === 'no'} />
            <span>{t('no', lang)}</span>
          </label>
        </div>
        <FieldError field={question.fact} problems={problems} lang={lang} facts={facts} name={name} />
      </fieldset>
    );
  }
  const unit = factUnit(question.fact, lang, facts);
  let control;
  if (spec?.values) {
    control = (
      <select id={fid} name={name} {...aria}>
        <option value="">{t('choose', lang)}</option>
        {spec.values.map((v) => (
          <option value={String(v)} selected={value === String(v)}>
            {valueName(question.fact, v, lang, facts)}
          </option>
        ))}
      </select>
    );
  } else if (spec?.type === 'date') {
    control = <input id={fid} name={name} type="date" value={value ?? ''} {...aria} />;
  } else if (spec?.type === 'integer' || spec?.type === 'number') {
    const whole = spec.type === 'integer';
    control = (
      <input id={fid} name={name} type="number" min="0" step={whole ? '1' : 'any'} inputmode={whole ? 'numeric' : 'decimal'} value={value ?? ''} {...aria} />
    );
  } else {
    control = <input id={fid} name={name} type="text" value={value ?? ''} {...aria} />;
  }
  return (
    <div class="field">
      <label for={fid}>{question.question}</label>
      {unit ? (
        <span class="with-unit">
          {control} <span class="unit">{unit}</span>
        </span>
      ) : (
        control
      )}
      <FieldError field={question.fact} problems={problems} lang={lang} facts={facts} name={name} />
    </div>
  );
}
