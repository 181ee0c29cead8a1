// A pack's own vocabulary on its page: the facts it asks (with their questions, units and the kinds of event they
// apply to), the confirmation modes and duties it declares, and the inherited rules it removes, each with its clause.
import { factTitle, factUnit } from '../../adapters/reports/fact-words.js';
import { ui } from '../../engine/index.js';
import { CONDITION_WORDS, factKinds, type Lang, list, paren, type ResolvedPack, valueName } from '../../engine/index.js';
import { Cite } from './cite.js';
import { t } from './i18n.js';
import type { PackName } from './packs.js';

/** The facts the pack asks, as an organizer is asked them: name, question, unit and the kinds of event. */
export function PackFacts(props: { lang: Lang; pack: ResolvedPack }) {
  const { lang, pack } = props;
  const asked = pack.facts.filter((f) => f.name !== 'offsets' && f.name !== 'emissionsTco2e');
  if (!asked.length) return null;
  return (
    <>
      <h2>{ui('packFacts', lang)}</h2>
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{ui('fact', lang)}</th>
            <th scope="col">{ui('question', lang)}</th>
            <th scope="col">{ui('appliesTo', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {asked.map((f) => {
            const unit = factUnit(f.name, lang, pack.facts);
            const kinds = factKinds(pack, f);
            return (
              <tr>
                <th scope="row">
                  {factTitle(f.name, lang, pack.facts)}
                  {unit ? paren(unit, lang) : ''}
                </th>
                <td data-label={ui('question', lang)}>{f.question[lang]}</td>
                <td data-label={ui('appliesTo', lang)}>{kinds ? list(kinds.map((k) => valueName('kind', k, lang)), lang) : CONDITION_WORDS.every[lang]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/** The confirmation modes and duties the pack declares, and the inherited rules it removes, each with its clause. */
export function OwnTerms(props: { lang: Lang; pack: ResolvedPack; name: PackName }) {
  const { lang, pack, name } = props;
  const terms = [...pack.vocabulary.modes, ...pack.vocabulary.duties];
  if (!terms.length && !pack.removed.length) return null;
  return (
    <>
      {terms.length ? (
        <>
          <h2>{ui('ownTerms', lang)}</h2>
          <ul>
            {terms.map((term) => (
              <li>
                {term.label[lang]} <Cite citation={term.citation} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pack.removed.length ? (
        <>
          <h2>{ui('removed', lang)}</h2>
          <ul>
            {pack.removed.map((r) => (
              <li>
                <s>{r.versions[0]?.title[lang] ?? name(r.by)}</s>
                {r.versions[0] ? ` · ${t('origin', lang)} ${name(r.versions[0].origin)}` : ''} <Cite citation={r.citation} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

