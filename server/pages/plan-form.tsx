// The organizer's optional offset plan: the emissions and up to three lines (instrument, quantity, where the project
// is, its vintage...), and the engine's check of it, line by line, each verdict with its clause.
import { capital, type Determination, factName, INSTRUMENT_LABELS, INSTRUMENTS, type Lang, planLine, type Problem, TONNES, VERDICT_LABELS } from '../../engine/index.js';
import { ui } from '../../engine/index.js';
import { Cite } from './cite.js';
import { type FormValues, LINE_FIELDS, PLAN_LINES } from './event-form.js';
import { t } from './i18n.js';
import { FieldError, fieldId, Hidden } from './question-field.js';
import { regionGroups } from './region-options.js';

/** A quantity of CO2e with its unit: `120 吨CO2e`, `120 tCO2e` (the exact decimal as the engine gives it). */
export const tonnes = (quantity: string, lang: Lang) => `${quantity} ${TONNES[lang]}`;

export interface PlanState {
  lang: Lang;
  packId?: string;
  values: FormValues;
  problems: Problem[];
  /** The GB/T 2260 code of the answering pack's jurisdiction: its divisions are offered first. */
  jurisdiction: string;
}

export function lineLabel(field: string, lang: Lang): string {
  const zh = lang === 'zh';
  return (
    {
      quantityTco2e: zh ? '数量（吨CO2e）' : 'Quantity (tCO2e)',
      projectRegion: ui('projectRegion', lang),
      vintageStart: zh ? '减排量产生起始日' : 'Vintage start',
      vintageEnd: zh ? '减排量产生截止日' : 'Vintage end',
      projectStartDate: zh ? '项目投入运行日' : 'Project start of operation',
      projectType: zh ? '项目类型（如 工程类、碳普惠类、生态碳汇类）' : 'Project type (e.g. 工程类, 碳普惠类, 生态碳汇类)',
      approvedOn: zh ? '减排量经主管部门审定通过日' : 'Date the reductions were approved',
      serial: zh ? '序列号' : 'Serial number',
    }[field] ?? field
  );
}

export function PlanForm(props: { state: PlanState }) {
  const { lang, values, packId, problems, jurisdiction } = props.state;
  const lineFields = new Set<string>(['emissionsTco2e']);
  for (let i = 0; i < PLAN_LINES; i++) for (const f of LINE_FIELDS) lineFields.add(`o${i}.${f}`);
  const text = (name: string, label: string, type = 'text') => (
    <div class="field">
      <label for={fieldId(name)}>{label}</label>
      <input id={fieldId(name)} name={name} type={type} value={values[name] ?? ''} />
      <FieldError field={name} problems={problems} lang={lang} />
    </div>
  );
  const region = (i: number) => {
    const name = `o${i}.projectRegion`;
    return (
      <div class="field">
        <label for={fieldId(name)}>{lineLabel('projectRegion', lang)}</label>
        <select id={fieldId(name)} name={name}>
          <option value="">{t('choose', lang)}</option>
          {regionGroups(jurisdiction, lang, values[name]).map((group) => (
            <optgroup label={group.label}>
              {group.options.map((o) => (
                <option value={o.code} selected={values[name] === o.code}>
                  {o.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError field={name} problems={problems} lang={lang} />
      </div>
    );
  };
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
          <legend>{capital(planLine(i, lang), lang)}</legend>
          <div class="field">
            <label for={fieldId(`o${i}.instrument`)}>{t('instrument', lang)}</label>
            <select id={fieldId(`o${i}.instrument`)} name={`o${i}.instrument`}>
              <option value="">{t('choose', lang)}</option>
              {INSTRUMENTS.map((inst) => (
                <option value={inst} selected={values[`o${i}.instrument`] === inst}>
                  {INSTRUMENT_LABELS[inst][lang]}
                </option>
              ))}
            </select>
            <FieldError field={`o${i}.instrument`} problems={problems} lang={lang} />
          </div>
          {text(`o${i}.quantityTco2e`, lineLabel('quantityTco2e', lang))}
          {region(i)}
          {(['projectType', 'serial'] as const).map((f) => text(`o${i}.${f}`, lineLabel(f, lang)))}
          {(['vintageStart', 'vintageEnd', 'projectStartDate', 'approvedOn'] as const).map((f) => text(`o${i}.${f}`, lineLabel(f, lang), 'date'))}
          <div class="field">
            <label class="check">
              <input type="checkbox" name={`o${i}.newProject`} value="yes" checked={values[`o${i}.newProject`] === 'yes'} />
              <span>{t('newSinkProject', lang)}</span>
            </label>
          </div>
        </fieldset>
      ))}
      <button type="submit">{t('check', lang)}</button>
    </form>
  );
}

export function PlanResult(props: { d: Determination; lang: Lang }) {
  const check = props.d.offsets.check;
  const { lang } = props;
  if (!check) return null;
  const verdict = check.sufficient === true ? t('sufficient', lang) : check.sufficient === false ? t('insufficient', lang) : t('undecidedPlan', lang);
  return (
    <section class="card" id="plan-result" aria-labelledby="plan-result-h">
      <h2 id="plan-result-h">{t('planResult', lang)}</h2>
      <p class={`verdict ${check.sufficient === true ? 'encouraged' : check.sufficient === false ? 'required' : 'undetermined'}`}>{verdict}</p>
      <p class="totals">
        {[
          `${t('total', lang)} ${tonnes(check.total, lang)}`,
          `${t('counted', lang)} ${tonnes(check.counted, lang)}`,
          ...(check.emissions ? [`${factName('emissionsTco2e', lang)} ${tonnes(check.emissions, lang)}`] : []),
          ...(check.shortfall !== null ? [`${t('shortfall', lang)} ${tonnes(check.shortfall, lang)}`] : []),
        ].join(' · ')}
      </p>
      {check.coverageCitation ? <Cite citation={check.coverageCitation} lang={lang} /> : null}
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{t('lineNumber', lang)}</th>
            <th scope="col">{t('instrument', lang)}</th>
            <th scope="col">{t('quantity', lang)}</th>
            <th scope="col">{t('verdict', lang)}</th>
            <th scope="col">{t('why', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {check.lines.map((line) => (
            <tr>
              <th scope="row">{capital(planLine(line.index, lang), lang)}</th>
              <td data-label={t('instrument', lang)}>{INSTRUMENT_LABELS[line.instrument][lang]}</td>
              <td data-label={t('quantity', lang)}>{tonnes(line.quantityTco2e, lang)}</td>
              <td data-label={t('verdict', lang)}>{VERDICT_LABELS[line.verdict][lang]}</td>
              <td data-label={t('why', lang)}>
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
