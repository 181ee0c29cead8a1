// The case page's record: the accounted emissions, the retirement ledger with each credit's check under the pack and
// the totals, the confirmation evidence, and the certificate when earned (links to its PDF in both languages and
// its public verification) or what it still waits for.
import type { CaseView, ConfirmationEvidence } from '../../app/cases/case-view.js';
import { INTERFACE_WORDS, type Lang, labelled, list } from '../../engine/index.js';
import { casePath, colon, cw, tco2e } from './case-words.js';
import { Cite } from './cite.js';

export function CaseEmissions(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  const e = view.emissions;
  if (!e) return null;
  return (
    <section class="card" aria-labelledby="emissions-h">
      <h2 id="emissions-h">{cw('emissions', lang)}</h2>
      <p>
        <strong>{tco2e(e.totalTco2e, lang)}</strong> · {e.accountedBy.text}
        {e.accountedByName ? ` · ${e.accountedByName}` : ''}
        {e.accountedOn ? ` · ${e.accountedOn}` : ''}
      </p>
      {e.byPhase.length ? (
        <ul aria-label={cw('byPhase', lang)}>
          {e.byPhase.map((p) => (
            <li>{labelled(p.text, tco2e(p.quantityTco2e, lang), lang)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function CaseLedger(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  const { totals } = view;
  const heads = [cw('instrumentHead', lang), cw('registryHead', lang), cw('serialHead', lang), cw('quantityHead', lang), cw('retiredOnHead', lang), cw('verdict', lang)];
  return (
    <section class="card" aria-labelledby="ledger-h">
      <h2 id="ledger-h">{cw('ledger', lang)}</h2>
      {view.retirements.length ? (
        <div class="scroll">
          <table class="cards">
            <thead>
              <tr>
                {heads.map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.retirements.map((r) => (
                <tr data-counted={r.counted ? 'yes' : 'no'}>
                  <th scope="row" data-label={heads[0]}>
                    {r.instrument.text}
                  </th>
                  <td data-label={heads[1]}>{r.registry}</td>
                  <td data-label={heads[2]}>{r.serial.text}</td>
                  <td data-label={heads[3]}>{tco2e(r.quantityTco2e, lang)}</td>
                  <td data-label={heads[4]}>{r.retiredOn}</td>
                  <td data-label={heads[5]}>
                    {r.verdict.text}
                    <span class={r.counted ? 'badge' : 'badge unconfirmed'}>{INTERFACE_WORDS[r.counted ? 'counted' : 'notCounted'][lang]}</span>
                    {r.reasons.map((reason) => (
                      <div class="hint">
                        {reason.text}
                        {reason.citation ? <Cite citation={reason.citation} lang={lang} /> : null}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{cw('noRetirements', lang)}</p>
      )}
      <ul class="totals">
        <li>{labelled(cw('retired', lang), tco2e(totals.retiredTco2e, lang), lang)}</li>
        <li>{labelled(cw('countedTotal', lang), tco2e(totals.countedTco2e, lang), lang)}</li>
        {totals.emissionsTco2e !== null ? <li>{labelled(cw('emissions', lang), tco2e(totals.emissionsTco2e, lang), lang)}</li> : null}
        {totals.shortfallTco2e !== null ? <li>{labelled(cw('shortfall', lang), tco2e(totals.shortfallTco2e, lang), lang)}</li> : null}
        {totals.sharePercent !== null ? <li>{labelled(cw('share', lang), `${totals.sharePercent}%`, lang)}</li> : null}
      </ul>
    </section>
  );
}

function evidenceLines(e: ConfirmationEvidence, lang: Lang): string[] {
  switch (e.mode) {
    case 'third-party':
      return [e.body, e.reportDate, e.conclusion, ...(e.reference ? [e.reference] : [])];
    case 'self-commitment':
      return [e.signatory, e.committedOn, list(e.items.map((i) => i.label), lang)];
    case 'platform':
      return [...(e.platform ? [e.platform] : []), e.certificateNumber, ...(e.issuedOn ? [e.issuedOn] : [])];
  }
}

export function CaseConfirmation(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  const e = view.confirmation;
  return (
    <section class="card" aria-labelledby="confirmation-h">
      <h2 id="confirmation-h">{cw('confirmation', lang)}</h2>
      {e ? (
        <p>
          <strong>{e.modeText}</strong>
          {colon(lang)}
          {evidenceLines(e, lang).join(' · ')}
        </p>
      ) : (
        <p>{cw('noConfirmation', lang)}</p>
      )}
    </section>
  );
}

export function CaseCertificate(props: { view: CaseView; lang: Lang }) {
  const { view, lang } = props;
  const c = view.certificate;
  const issued = c.state !== 'not-earned' && c.verificationId;
  return (
    <section class="card" aria-labelledby="certificate-h" data-certificate={c.state}>
      <h2 id="certificate-h">{cw('certificate', lang)}</h2>
      <p>
        <strong>{c.stateText}</strong>
        {c.issuedOn ? ` · ${c.issuedOn}` : ''}
        {c.revokedOn ? ` · ${c.revokedOn}` : ''}
        {c.revokedReason ? ` · ${c.revokedReason}` : ''}
      </p>
      {issued ? (
        <>
          <p>
            {labelled(cw('verificationId', lang), c.verificationId as string, lang)}
          </p>
          <ul class="links">
            <li>
              <a href={casePath(view.id, 'zh', '/certificate.pdf')}>{cw('certificatePdf', lang)}</a>
            </li>
            <li>
              <a href={casePath(view.id, 'en', '/certificate.pdf')}>{cw('certificatePdfEn', lang)}</a>
            </li>
            <li>
              <a href={`/v1/certificates/${encodeURIComponent(c.verificationId as string)}`}>{cw('verifyPublic', lang)}</a>
            </li>
          </ul>
        </>
      ) : c.blockers.length ? (
        <ul>
          {c.blockers.map((b) => (
            <li>{b.text}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
