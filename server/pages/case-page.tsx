// The case page: where the organizer's event stands under its policy — the stage, each duty on a timeline with its
// state (done, open, overdue) and clause, what is still missing, the forms of its pack, the emissions (the estimate
// before the event beside the accounted figure), the retirement ledger, the confirmation and the certificate once
// earned. Every word comes from the case (in its language) or the lexicon; no code is shown.
import type { CaseDuty, CaseView } from '../../app/cases/case-view.js';
import { documentsFor } from '../../app/cases/documents/index.js';
import { CASE_PAGE_WORDS, DOCUMENT_TITLES, INTERFACE_WORDS, type Lang, labelled, paren, sayFilled, ui } from '../../engine/index.js';
import { CaseEstimate } from './case-estimate.js';
import { CaseCertificate, CaseConfirmation, CaseEmissions, CaseLedger } from './case-ledger.js';
import { casePath, colon, cw } from './case-words.js';
import { Cite } from './cite.js';

/** A duty's state as a badge: done plain, open amber, overdue red (the site's badge styles). */
const STATE_CLASS: Record<CaseDuty['state'], string> = { done: 'badge', open: 'badge interpretation', overdue: 'badge unconfirmed' };

type Item = { date: string | null; label: string; duty?: CaseDuty };

function DutyTimeline(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  const items: Item[] = view.duties.map((duty) => ({ date: duty.due, label: duty.title, duty }));
  if (view.event.startDate) items.push({ date: view.event.startDate, label: INTERFACE_WORDS.eventStarts[lang] });
  if (view.event.endDate) items.push({ date: view.event.endDate, label: INTERFACE_WORDS.eventEnds[lang] });
  // Undated duties last; on one day the event's anchor before a duty (a stable sort keeps the case's order).
  items.sort((a, b) => {
    const [x, y] = [a.date ?? '9999', b.date ?? '9999'];
    return x === y ? Number(Boolean(a.duty)) - Number(Boolean(b.duty)) : x < y ? -1 : 1;
  });
  return (
    <ol class="timeline">
      {items.map((item) => (
        <li class={item.duty ? 'duty' : 'anchor'} data-state={item.duty?.state}>
          <span class="date">{item.date ?? INTERFACE_WORDS.noDate[lang]}</span>
          <strong>{item.label}</strong>
          {item.duty ? (
            <>
              <span class={STATE_CLASS[item.duty.state]}>{item.duty.stateText}</span>
              <div class="hint">
                {[item.duty.dueText, ...(item.duty.doneOn ? [labelled(cw('doneOn', lang), item.duty.doneOn, lang)] : []), ...(item.duty.daysLate ? [sayFilled(CASE_PAGE_WORDS.daysLate, lang, { days: item.duty.daysLate })] : [])].join(' · ')}
              </div>
              <Cite citation={item.duty.citation} lang={lang} />
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function Stages(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  return (
    <ol class="stages" aria-label={cw('stages', lang)}>
      {view.stages.map((s) => (
        <li data-reached={s.reached ? 'yes' : 'no'} aria-current={s.stage === view.stage.code ? 'step' : undefined}>
          {s.reached ? '✓ ' : '○ '}
          {s.text}
          {s.on ? <span class="muted"> {s.on}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function Forms(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  const kinds = documentsFor(view);
  if (!kinds.length) return null;
  return (
    <section class="card" aria-labelledby="forms-h">
      <h2 id="forms-h">{cw('forms', lang)}</h2>
      <ul class="links">
        {kinds.map((kind) => (
          <li>
            <a href={casePath(view.id, lang, `/documents/${kind}`)}>
              {`${DOCUMENT_TITLES[kind][lang]}${paren(cw('printable', lang), lang)}`}
            </a>
          </li>
        ))}
      </ul>
      {view.registration ? (
        <p>
          {cw('registration', lang)}
          {colon(lang)}
          {cw('filedOn', lang)} {view.registration.filedOn}
          {view.registration.authority ? ` · ${view.registration.authority}` : ''}
          {view.registration.reference ? ` · ${view.registration.reference}` : ''}
        </p>
      ) : null}
    </section>
  );
}

/** The access code of a case just opened: shown this once. */
function Opened(props: { token: string; lang: Lang }) {
  return (
    <div class="card" role="status">
      <p>{cw('caseOpened', props.lang)}</p>
      <p>
        <code>{props.token}</code>
      </p>
    </div>
  );
}

export function CasePage(props: { view: CaseView; lang: Lang; token?: string }) {
  const { view, lang } = props;
  return (
    <>
      <h1>
        {cw('caseTitle', lang)}
        {view.event.name ? ` · ${view.event.name}` : ''}
      </h1>
      {props.token ? <Opened token={props.token} lang={lang} /> : null}
      <section class="card" aria-labelledby="case-h">
        <h2 id="case-h">
          {cw('stage', lang)}
          {colon(lang)}
          {view.stage.text}
        </h2>
        <p>
          {cw('judgedUnder', lang)}
          {colon(lang)}
          {`${view.pack.title}${paren(ui('versionOf', lang, { version: view.pack.version }), lang)}`}
        </p>
        <p class={`verdict ${view.determination.obligation}`}>{view.determination.obligationText}</p>
        <p>{view.determination.summary}</p>
        <Stages view={view} lang={lang} />
        <p class="hint">
          {cw('asOf', lang)}
          {colon(lang)}
          {view.asOf}
        </p>
      </section>
      <section class="card" aria-labelledby="duties-h">
        <h2 id="duties-h">{cw('duties', lang)}</h2>
        <DutyTimeline view={view} lang={lang} />
      </section>
      <section class="card" aria-labelledby="missing-h">
        <h2 id="missing-h">{cw('missing', lang)}</h2>
        {view.missing.length ? (
          <ul>
            {view.missing.map((m) => (
              <li>{m.text}</li>
            ))}
          </ul>
        ) : (
          <p>{cw('nothingMissing', lang)}</p>
        )}
      </section>
      <Forms view={view} lang={lang} />
      <CaseEstimate view={view} lang={lang} />
      <CaseEmissions view={view} lang={lang} />
      <CaseLedger view={view} lang={lang} />
      <CaseConfirmation view={view} lang={lang} />
      <CaseCertificate view={view} lang={lang} />
    </>
  );
}
