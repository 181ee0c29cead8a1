// A citation on demand: the clause in the summary, the Chinese words and the basis when opened.
import { BASIS_LABELS, type Citation, type Lang } from '../../engine/index.js';
import { t } from './i18n.js';

export function Basis(props: { basis: Citation['basis']; lang: Lang }) {
  return <span class={`badge ${props.basis}`}>{BASIS_LABELS[props.basis][props.lang]}</span>;
}

export function Cite(props: { citation: Citation; lang: Lang }) {
  const { citation: c, lang } = props;
  return (
    <details class="cite">
      <summary>
        {t('clause', lang)}: {c.document} {c.clause}
        <Basis basis={c.basis} lang={lang} />
      </summary>
      <blockquote lang="zh-CN">{c.zh}</blockquote>
      <p lang="en">{c.en}</p>
    </details>
  );
}
