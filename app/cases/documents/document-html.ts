// A case document as a printable page: self-contained HTML (its own style, no script, no outside file), the form's
// fields as a table with every tick box shown, blank fields left empty for the pen. Served with the report pages'
// policy (inline style, nothing else). Every text is escaped.
import { BASIS_LABELS, type Citation, DOCUMENT_WORDS, type Lang, paren, say, WORDING_LABELS } from '../../../engine/index.js';
import type { CaseDocument, DocumentField } from './case-document.js';
import { chongqingPlan } from './chongqing-plan.js';
import type { ChongqingPlanInput, RegistrationFormInput, SelfCommitmentInput } from './inputs.js';
import { registrationForm } from './registration-form.js';
import { selfCommitment } from './self-commitment.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const STYLE = `
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","Songti SC",SimSun,serif;margin:0 auto;max-width:52rem;padding:1rem;color:#111;line-height:1.5}
h1{font-size:1.35rem;text-align:center;margin:.5rem 0 1rem}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{border:1px solid #333;padding:.45rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{width:32%;font-weight:600;background:#f4f4f4}
td.blank{height:2.2rem}
ul.ticks{list-style:none;margin:0;padding:0}
ul.ticks li{display:inline-block;margin-right:1rem}
.statement{margin:1rem 0;font-weight:600}
.notes,.sources{font-size:.85rem;color:#333}
blockquote{margin:.25rem 0 .25rem 1rem}
@media (max-width:480px){th,td{display:block;width:auto;border-bottom:none}tr{display:block;border-bottom:1px solid #333}}
@media print{.notes{display:none}body{padding:0}}
`;

function ticksHtml(field: DocumentField): string {
  const items = (field.options ?? []).map((o) => `<li>${o.ticked ? '☑' : '☐'} ${esc(o.label)}</li>`);
  const detail = field.text && field.options?.some((o) => o.ticked) ? `<div>${esc(field.text)}</div>` : '';
  return `<ul class="ticks">${items.join('')}</ul>${detail}`;
}

function cellHtml(field: DocumentField, lang: Lang): string {
  if (field.options) return `<td>${ticksHtml(field)}</td>`;
  if (field.parts) {
    const lines = field.parts.map((p) => `<div>${esc(p.label)}${lang === 'zh' ? '：' : ': '}${esc(p.text ?? '')}</div>`);
    return `<td>${lines.join('')}</td>`;
  }
  return field.text === null ? '<td class="blank"></td>' : `<td>${esc(field.text)}</td>`;
}

function citationHtml(c: Citation, lang: Lang): string {
  const verbatim = (c.wording ?? 'verbatim') === 'verbatim';
  const words = verbatim ? `<blockquote lang="zh-CN">${esc(c.zh)}</blockquote>` : `<p lang="zh-CN">${esc(c.zh)}${esc(paren(WORDING_LABELS.paraphrase[lang], lang))}</p>`;
  const note = lang === 'en' ? `<p>${esc(c.en)}</p>` : '';
  return `<li>${esc(c.document)} ${esc(c.clause)} · ${esc(BASIS_LABELS[c.basis][lang])}${words}${note}</li>`;
}

/** The document as a printable page. */
export function documentHtml(doc: CaseDocument): string {
  const { lang } = doc;
  const rows = doc.fields.map((f) => `<tr><th scope="row">${esc(f.label)}</th>${cellHtml(f, lang)}</tr>`);
  const statement = doc.statement ? `<p class="statement">${esc(doc.statement)}</p>` : '';
  const notes = doc.notes.map((n) => `<p>${esc(n)}</p>`).join('');
  const sources = [doc.source, ...doc.citations].map((c) => citationHtml(c, lang)).join('');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(doc.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(doc.title)}</h1>
<table>${rows.join('')}</table>
${statement}
<div class="notes"><p>${esc(say(DOCUMENT_WORDS.printHint, lang))}</p>${notes}</div>
<ul class="sources">${sources}</ul>
</body>
</html>`;
}

export const registrationFormHtml = (input: RegistrationFormInput, lang: Lang) => documentHtml(registrationForm(input, lang));
export const selfCommitmentHtml = (input: SelfCommitmentInput, lang: Lang) => documentHtml(selfCommitment(input, lang));
export const chongqingPlanHtml = (input: ChongqingPlanInput, lang: Lang) => documentHtml(chongqingPlan(input, lang));
