// A citation on demand: the clause in the summary, the Chinese words and the basis when opened; on an English page
// also the English note (our reading, in English: a Chinese page never shows it).
import { isQuotable, paraphraseMark } from '../../adapters/reports/index.js';
import { BASIS_LABELS, type Citation, type Lang, mark } from '../../engine/index.js';
import { t } from './i18n.js';

export function Basis(props: { basis: Citation['basis']; lang: Lang }) {
  return <span class={`badge ${props.basis}`}>{BASIS_LABELS[props.basis][props.lang]}</span>;
}

/** A citation's Chinese words: a block quotation when they are the source's own, else unquoted and marked
 * （大意）/ (paraphrase). Whether to quote is decided by `isQuotable`, shared with the reports. */
export function CitedWords(props: { citation: Citation; lang: Lang }) {
  const { citation: c, lang } = props;
  if (isQuotable(c)) return <blockquote lang="zh-CN">{c.zh}</blockquote>;
  return (
    <p class="paraphrase">
      <span lang="zh-CN">{c.zh}</span>
      {lang === 'zh' ? '' : ' '}
      <span class="mark">{paraphraseMark(lang)}</span>
    </p>
  );
}

export function Cite(props: { citation: Citation; lang: Lang }) {
  const { citation: c, lang } = props;
  return (
    <details class="cite">
      <summary>
        {t('clause', lang)}
        {mark('colon', lang)}
        {c.document} {c.clause}
        <Basis basis={c.basis} lang={lang} />
      </summary>
      <CitedWords citation={c} lang={lang} />
      {lang === 'en' ? <p lang="en">{c.en}</p> : null}
    </details>
  );
}
