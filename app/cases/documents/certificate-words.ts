// The certificate in words: its title, its statement, its rows, its retirements and its completion sentence, in one
// language, from the app layer's CertificateView. The PDF (adapters/documents/certificate-pdf.ts) and the case page
// lay these out; nothing here is drawn. A partial certificate says the share and that it is no neutrality claim;
// a late one says the due date and by how many days.
import { CERTIFICATE_WORDS, type Lang, list, paren, say, sayFilled } from '../../../engine/index.js';
import type { CertificateView } from '../case-view.js';
import { dateRange, tonnes } from './case-document.js';

export interface CertificateRow {
  label: string;
  text: string;
}

export interface CertificateWords {
  lang: Lang;
  title: string;
  statement: string;
  /** Partial only: the share offset, and that it is not a neutrality claim. */
  partial: { share: string; noClaim: string } | null;
  rows: CertificateRow[];
  retirements: { headings: string[]; rows: string[][] };
  completion: string;
  /** The completion duty was met after its due date. */
  late: boolean;
  verification: CertificateRow[];
  revoked: string | null;
  footer: string;
}

function completionSentence(view: CertificateView, lang: Lang): string {
  const { due, metOn, daysLate } = view.completion;
  if (!due) return say(CERTIFICATE_WORDS.noDeadline, lang);
  if (daysLate > 0) return sayFilled(CERTIFICATE_WORDS.late, lang, { due, metOn, days: daysLate });
  return sayFilled(CERTIFICATE_WORDS.onTime, lang, { due });
}

/** The words of the certificate, in `lang` (the view's own texts are in the view's language: ask it in `lang`). */
export function certificateWords(view: CertificateView, lang: Lang = view.lang): CertificateWords {
  const w = (key: keyof typeof CERTIFICATE_WORDS) => say(CERTIFICATE_WORDS[key], lang);
  const row = (key: keyof typeof CERTIFICATE_WORDS, text: string | undefined | null): CertificateRow[] => (text ? [{ label: w(key), text }] : []);
  const { event } = view;
  const period = event.startDate && event.endDate ? dateRange({ startDate: event.startDate, endDate: event.endDate }, lang) : (event.startDate ?? null);
  const partial =
    view.kind === 'partial'
      ? { share: sayFilled(CERTIFICATE_WORDS.partialShare, lang, { share: view.sharePercent }), noClaim: w('noClaim') }
      : null;
  return {
    lang,
    title: w(view.kind === 'partial' ? 'titlePartial' : 'titleFull'),
    statement: view.statement,
    partial,
    rows: [
      ...row('event', event.name),
      ...row('organizer', event.organizer),
      ...row('dates', period),
      ...row('place', event.place),
      ...row('emissions', tonnes(view.emissionsTco2e, lang)),
      ...row('counted', partial ? `${tonnes(view.countedTco2e, lang)}${paren(partial.share, lang)}` : tonnes(view.countedTco2e, lang)),
      ...row('accountedBy', view.accountedBy.text),
      ...row('confirmation', view.confirmation.text),
      ...row('judgedUnder', sayFilled(CERTIFICATE_WORDS.packVersion, lang, { title: view.pack.title, version: view.pack.version })),
    ],
    retirements: {
      headings: [w('instrument'), w('registry'), w('serials'), w('quantity'), w('retiredOn')],
      rows: view.retirements.map((r) => [r.instrument.text, r.registry, r.serial, tonnes(r.quantityTco2e, lang), r.retiredOn]),
    },
    completion: completionSentence(view, lang),
    late: Boolean(view.completion.due) && view.completion.daysLate > 0,
    verification: [
      { label: w('verificationId'), text: view.verificationId },
      { label: w('issuedOn'), text: view.issuedOn },
      { label: w('verifyAt'), text: view.verifyPath },
    ],
    revoked: view.revoked ? list([w('revoked'), ...[view.revokedOn, view.revokedReason].filter((x): x is string => Boolean(x))], lang) : null,
    footer: w('footer'),
  };
}
