// The law beside the rule: one source document of a pack, its clauses (those the pack cites) in the document's
// order, each with the words the pack quotes of it and, beside them, the rules that encode it, or a mark that no
// rule does (and what else in the pack cites it). A bureau checks the pack against its own text here.
import type { Lang, ResolvedPack, SourceDocument } from '../../engine/index.js';
import { ui } from '../../engine/index.js';
import { Basis, CitedWords } from './cite.js';
import { clauseAnchor, type DocumentClause, documentClauses } from './document-clauses.js';
import { t, tf } from './i18n.js';
import type { PackName } from './packs.js';

function ruleHref(pack: ResolvedPack, ruleId: string, lang: Lang) {
  return `/packs/${pack.id}/rules/${ruleId}?lang=${lang}`;
}

function Period(props: { from: string; until?: string; lang: Lang }) {
  const { from, until, lang } = props;
  return <span class="hint">{until ? ui('periodClosed', lang, { from, until }) : ui('periodOpen', lang, { from })}</span>;
}

function Encoding(props: { entry: DocumentClause; pack: ResolvedPack; lang: Lang; name: PackName }) {
  const { entry, pack, lang, name } = props;
  const ids = [...new Set(entry.rules.map((r) => r.id))];
  return (
    <div>
      <h3>{t('encodedBy', lang)}</h3>
      {ids.length ? (
        <ul class="encoded">
          {ids.map((id) => {
            const versions = entry.rules.filter((r) => r.id === id);
            const first = versions[0] as (typeof versions)[number];
            return (
              <li>
                <a class="rule-link" href={ruleHref(pack, id, lang)}>
                  {first.title[lang]}
                </a>{' '}
                <Basis basis={first.citation.basis} lang={lang} />
                {versions.map((v) => (v.inForce ? <div><Period from={v.inForce.from} until={v.inForce.until} lang={lang} /></div> : null))}
                {first.origin !== pack.id ? (
                  <div class="hint">
                    {t('origin', lang)} {name(first.origin)}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>
          <span class="badge uncoded">{t('notEncoded', lang)}</span>
        </p>
      )}
      {entry.citedBy.length ? (
        <>
          <h4>{t('alsoCitedBy', lang)}</h4>
          <ul class="encoded">
            {entry.citedBy.map((what) => (
              <li>{what}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function DocumentPage(props: { lang: Lang; pack: ResolvedPack; document: SourceDocument; name: PackName }) {
  const { lang, pack, document: doc, name } = props;
  const clauses = documentClauses(pack, doc.number, lang);
  const encoded = clauses.filter((c) => c.rules.length).length;
  return (
    <>
      <p>
        <a href={`/packs/${pack.id}?lang=${lang}`}>
          {pack.title[lang]} · {ui('version', lang)} {pack.version}
        </a>
      </p>
      <h1>{tf('lawTitle', lang, { document: doc.number })}</h1>
      <p class="lead">
        <span lang="zh-CN">{doc.title.zh}</span>
        {lang === 'en' ? ` (${doc.title.en})` : ''} · {doc.issuers.join('、')} · {doc.issued}
      </p>
      <p>{t('lawIntro', lang)}</p>
      <p>
        <strong>{tf('lawSummary', lang, { clauses: clauses.length, encoded })}</strong>
      </p>
      {clauses.length ? null : <p>{t('noClauses', lang)}</p>}
      <ol class="clauses">
        {clauses.map((entry) => (
          <li id={clauseAnchor(entry.clause)} data-encoded={entry.rules.length ? 'yes' : 'no'}>
            <h2>
              {doc.number} {entry.clause}
            </h2>
            <div class="beside">
              <div>
                <h3>{t('wordsQuoted', lang)}</h3>
                {entry.citations.map((c) => (
                  <div>
                    <Basis basis={c.basis} lang={lang} />
                    {c.clause !== entry.clause ? <span class="hint"> {c.clause}</span> : null}
                    <CitedWords citation={c} lang={lang} />
                    {lang === 'en' ? <p lang="en">{c.en}</p> : null}
                  </div>
                ))}
              </div>
              <Encoding entry={entry} pack={pack} lang={lang} name={name} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
