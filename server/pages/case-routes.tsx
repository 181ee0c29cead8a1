// The case pages: POST /cases opens a case from the answer card's form and shows its access code once; the case page
// /cases/{id}, its printable documents /cases/{id}/documents/{kind} and its certificate /cases/{id}/certificate.pdf
// read the case through the app layer (app/cases). The browser holds the case's access code in a cookie scoped to
// the case's path (HttpOnly, SameSite=Strict), set when it opens the case or gives the code on the page.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import type { CaseCredential } from '../../app/cases/case-access.js';
import { type CaseContext, caseView, loadCase } from '../../app/cases/case-context.js';
import type { CaseFailure } from '../../app/cases/case-outcomes.js';
import { caseCertificate } from '../../app/cases/certificates.js';
import { DOCUMENT_KINDS, type DocumentKind, documentHtml, documentOf, documentsFor } from '../../app/cases/documents/index.js';
import { openCase } from '../../app/cases/open-case.js';
import { CjkFontMissingError, certificatePdf } from '../../adapters/documents/certificate-pdf.js';
import { isCalendarDate, type Lang, problemLine, todayInChina, ui } from '../../engine/index.js';
import type { AppDeps } from '../deps.js';
import { REPORT_POLICY } from '../middleware/security.js';
import { CasePage } from './case-page.js';
import { START_FIELDS } from './case-start.js';
import { casePath, cw } from './case-words.js';
import { eventFromForm, formValues, readingsFromForm } from './event-form.js';
import { Layout } from './layout.js';
import { pageLang } from './page-lang.js';

export const CASE_COOKIE = 'tz_case';
const FORM_LIMIT_BYTES = 64 * 1024;
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

type Status = 200 | 201 | 400 | 401 | 403 | 404 | 409 | 413 | 422 | 503;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function keepCode(c: Context, id: string, token: string) {
  const secure = new URL(c.req.url).protocol === 'https:';
  setCookie(c, CASE_COOKIE, token, { path: `/cases/${id}`, httpOnly: true, sameSite: 'Strict', secure, maxAge: ONE_YEAR_SECONDS });
}

const credentialOf = (c: Context): CaseCredential => {
  const token = getCookie(c, CASE_COOKIE);
  return token ? { kind: 'token', token } : { kind: 'none' };
};

function page(c: Context, lang: Lang, title: string, body: unknown, status: Status = 200) {
  return c.html(
    <Layout lang={lang} title={title} path={c.req.path} query={c.req.query()}>
      {body as never}
    </Layout>,
    status,
  );
}

/** The access code form of a case page that has none (or a wrong one). */
function AccessForm(props: { id: string; lang: Lang; wrong: boolean }) {
  const { id, lang } = props;
  return (
    <form class="card" method="post" action={casePath(id, lang, '/access')}>
      <p class={props.wrong ? 'error' : 'hint'}>{cw(props.wrong ? 'notFound' : 'needCode', lang)}</p>
      <div class="field">
        <label for="f-code">{cw('accessCode', lang)}</label>
        <input id="f-code" name="code" required autocomplete="off" maxlength={200} />
      </div>
      <button type="submit">{cw('open', lang)}</button>
    </form>
  );
}

/** A failure of the app layer as a page: its status and its words. */
function failurePage(c: Context, lang: Lang, id: string, failure: CaseFailure) {
  const title = cw('caseTitle', lang);
  switch (failure.kind) {
    case 'unauthenticated':
    case 'forbidden':
      return page(c, lang, title, <AccessForm id={id} lang={lang} wrong={failure.kind === 'forbidden'} />, failure.kind === 'forbidden' ? 403 : 401);
    case 'invalid':
    case 'invalid-activity':
    case 'invalid-event':
    case 'invalid-readings':
      return page(
        c,
        lang,
        title,
        <div class="errors">
          <p>{cw('cannotOpen', lang)}</p>
          <ul>
            {failure.problems.map((p) => (
              <li>{problemLine(p, lang)}</li>
            ))}
          </ul>
        </div>,
        422,
      );
    case 'not-earned':
      return page(
        c,
        lang,
        title,
        <ul class="errors">
          {failure.blockers.map((b) => (
            <li>{b.text}</li>
          ))}
        </ul>,
        409,
      );
    case 'no-case':
    case 'no-certificate':
      return page(c, lang, title, <p class="errors">{cw('notFound', lang)}</p>, 404);
    default:
      // The pack asked is unknown (404), or has no version in effect, or the case's versions cannot be read (409).
      return page(c, lang, title, <p class="errors">{ui('packUnavailable', lang)}</p>, failure.kind === 'unknown-pack' ? 404 : 409);
  }
}

export function casePageRoutes(app: OpenAPIHono, deps: AppDeps) {
  const context: CaseContext = { registry: deps.registry, store: deps.store, recorder: deps.recorder };
  const formLimit = bodyLimit({
    maxSize: FORM_LIMIT_BYTES,
    onError: (c) => {
      const lang = pageLang(c);
      return page(c, lang, cw('caseTitle', lang), <p class="errors">{cw('formTooLarge', lang)}</p>, 413);
    },
  });

  /** The posted form's fields; undefined for a body that is no form (a broken multipart body, say). */
  const formOf = async (c: Context): Promise<Record<string, string | File> | undefined> => {
    try {
      return (await c.req.parseBody()) as Record<string, string | File>;
    } catch {
      return undefined;
    }
  };
  const notAForm = (c: Context) => {
    const lang = pageLang(c);
    return page(c, lang, cw('caseTitle', lang), <p class="errors">{cw('notAForm', lang)}</p>, 400);
  };

  app.post('/cases', formLimit, async (c) => {
    await deps.registry.refreshIfStale();
    const body = await formOf(c);
    if (!body) return notAForm(c);
    const lang = pageLang(c, { form: body.lang });
    const fields = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const pack = text(fields.pack);
    const { pack: _pack, lang: _lang, [START_FIELDS.name]: name, [START_FIELDS.organizer]: organizer, [START_FIELDS.place]: place, ...eventFields } = fields;
    const values = formValues(eventFields);
    const startDate = values.startDate && isCalendarDate(values.startDate) ? values.startDate : todayInChina();
    const resolved = deps.registry.resolve(pack, startDate);
    const facts = resolved.kind === 'ok' ? resolved.resolved.compiled.pack.facts : [];
    const event = eventFromForm(values, facts);
    if (text(name)) event.name = text(name);
    if (text(organizer)) event.organizer = { ...((event.organizer as Record<string, unknown> | undefined) ?? {}), name: text(organizer) };
    const readings = readingsFromForm(values);
    const opened = await openCase(
      context,
      { pack, event, lang, ...(Object.keys(readings).length ? { readings } : {}), ...(text(place) ? { particulars: { place: text(place) } } : {}) },
      { kind: 'none' },
    );
    if (opened.kind !== 'ok') return failurePage(c, lang, '', opened);
    if (opened.token) keepCode(c, opened.view.id, opened.token);
    c.header('Cache-Control', 'no-store');
    return page(c, lang, cw('caseTitle', lang), <CasePage view={opened.view} lang={lang} token={opened.token} />, 201);
  });

  app.post('/cases/:id/access', formLimit, async (c) => {
    const lang = pageLang(c);
    const id = c.req.param('id');
    const form = await formOf(c);
    if (!form) return notAForm(c);
    const code = text(form.code);
    const loaded = await loadCase(context, id, code ? { kind: 'token', token: code } : { kind: 'none' }, 'read');
    if (loaded.kind !== 'ok') return failurePage(c, lang, id, loaded.kind === 'unauthenticated' ? { kind: 'forbidden' } : loaded);
    keepCode(c, id, code);
    return c.redirect(casePath(id, lang), 303);
  });

  app.get('/cases/:id', async (c) => {
    await deps.registry.refreshIfStale();
    const lang = pageLang(c);
    const id = c.req.param('id');
    const asOf = c.req.query('asOf');
    const loaded = await loadCase(context, id, credentialOf(c), 'read');
    if (loaded.kind !== 'ok') return failurePage(c, lang, id, loaded);
    const viewed = await caseView(context, loaded.bundle, { lang, ...(asOf && isCalendarDate(asOf) ? { asOf } : {}) });
    if (viewed.kind !== 'ok') return failurePage(c, lang, id, viewed);
    c.header('Cache-Control', 'no-store');
    return page(c, lang, cw('caseTitle', lang), <CasePage view={viewed.view} lang={lang} />);
  });

  app.get('/cases/:id/documents/:kind', async (c) => {
    await deps.registry.refreshIfStale();
    const lang = pageLang(c);
    const { id, kind } = c.req.param();
    const loaded = await loadCase(context, id, credentialOf(c), 'read');
    if (loaded.kind !== 'ok') return failurePage(c, lang, id, loaded);
    const viewed = await caseView(context, loaded.bundle, { lang });
    if (viewed.kind !== 'ok') return failurePage(c, lang, id, viewed);
    if (!(DOCUMENT_KINDS as readonly string[]).includes(kind) || !documentsFor(viewed.view).includes(kind as DocumentKind)) {
      return failurePage(c, lang, id, { kind: 'no-case', id });
    }
    const html = documentHtml(documentOf(viewed.view, kind as DocumentKind, lang));
    return c.html(html, 200, { 'Content-Security-Policy': REPORT_POLICY, 'Cache-Control': 'no-store' });
  });

  app.get('/cases/:id/certificate.pdf', async (c) => {
    await deps.registry.refreshIfStale();
    // Both languages' files are offered on the case page: fetching one does not switch the pages that follow.
    const lang = pageLang(c, { remember: false });
    const id = c.req.param('id');
    const found = await caseCertificate(context, id, credentialOf(c), lang);
    if (found.kind !== 'ok') return failurePage(c, lang, id, found);
    try {
      const pdf = await certificatePdf(found.certificate, lang);
      return c.body(new Uint8Array(pdf), 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="certificate-${found.certificate.verificationId}-${lang}.pdf"`,
        'Cache-Control': 'no-store',
      });
    } catch (error) {
      if (error instanceof CjkFontMissingError) return page(c, lang, cw('certificate', lang), <p class="errors">{new CjkFontMissingError(error.path, lang).message}</p>, 503);
      throw error;
    }
  });
}
