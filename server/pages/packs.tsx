// The bureau's pages: every pack, one pack with its rules, citations, versions and periods in force, one rule.
import type { PackVersion } from '../../app/pack-source.js';
import { dutyLabel, labelled, type Lang, list, mark, modeLabel, OBLIGATION_LABELS, type ResolvedPack, STATUS_LABELS, ui } from '../../engine/index.js';
import type { PlacedRule } from '../../engine/resolved-pack.js';
import { describeDue } from '../../engine/due-date.js';
import { describeConditions } from '../../engine/describe-conditions.js';
import type { ConditionNode } from '../../engine/conditions.js';
import { Basis, CitedWords } from './cite.js';
import { OwnTerms, PackFacts } from './pack-facts.js';
import { clausesOf } from './clause-order.js';
import { documentHref } from './document-clauses.js';
import type { HistoryItem } from './history-rows.js';
import { t, tf } from './i18n.js';
import { Layout } from './layout.js';
import { PackHistory } from './pack-history.js';

export interface PackListItem {
  id: string;
  title: { zh: string; en: string };
  jurisdiction: { code: string; name: { zh: string; en: string } };
  current: PackVersion | undefined;
  versions: number;
}

export function PackListPage(props: { lang: Lang; packs: PackListItem[] }) {
  const { lang } = props;
  return (
    <>
      <h1>{t('packsTitle', lang)}</h1>
      <p class="lead">{t('packsIntro', lang)}</p>
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{ui('pack', lang)}</th>
            <th scope="col">{t('region', lang)}</th>
            <th scope="col">{t('versionInEffect', lang)}</th>
            <th scope="col">{t('effectiveFrom', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {props.packs.map((p) => (
            <tr>
              <th scope="row">
                <a class="rule-link" href={`/packs/${p.id}?lang=${lang}`}>
                  {p.title[lang]}
                </a>
              </th>
              <td data-label={t('region', lang)}>{p.jurisdiction.name[lang]}</td>
              <td data-label={t('versionInEffect', lang)}>{p.current?.version ?? '—'}</td>
              <td data-label={t('effectiveFrom', lang)}>{p.current?.effectiveFrom ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function decidesText(rule: PlacedRule, pack: Pick<ResolvedPack, 'vocabulary'>, lang: Lang): string {
  const d = rule.decides;
  if (d.type === 'obligation') return OBLIGATION_LABELS[d.level][lang];
  if (d.type === 'confirmation') return list(d.modes.map((m) => modeLabel(pack, m)[lang]), lang);
  return labelled(dutyLabel(pack, d.duty)[lang], describeDue(d.due, lang), lang);
}

/** A period in words: `施行期 2025-03-04 至 2026-12-31`, `自 2027-01-01 起施行`. */
function periodText(period: { from: string; until?: string }, lang: Lang): string {
  return period.until ? ui('periodClosed', lang, { from: period.from, until: period.until }) : ui('periodOpen', lang, { from: period.from });
}

function period(rule: PlacedRule, lang: Lang) {
  return rule.inForce ? periodText(rule.inForce, lang) : t('whole', lang);
}

const colon = (lang: Lang) => mark('colon', lang);

/** How a page names another pack (a base, the origin of an inherited rule): its title. */
export type PackName = (packId: string) => string;

export function PackPage(props: { lang: Lang; pack: ResolvedPack; versions: PackVersion[]; name: PackName; history?: HistoryItem[] }) {
  const { lang, pack, name } = props;
  return (
    <>
      <h1>{pack.title[lang]}</h1>
      <p class="lead">
        {ui('version', lang)} {pack.version} · {pack.jurisdiction.name[lang]} · {periodText(pack.inForce, lang)}
        {pack.chain.length > 1 ? ` · ${ui('extends', lang)} ${pack.chain.slice(0, -1).map((c) => name(c.id)).join(' → ')}` : ''}
      </p>
      <h2>{t('documents', lang)}</h2>
      <ul class="links">
        {pack.documents.map((d) => (
          <li>
            <strong>{d.number}</strong> <span lang="zh-CN">{d.title.zh}</span> · {d.issuers.join('、')} · {d.issued}
            <br />
            <a href={documentHref(pack.id, d.number, lang)}>{t('lawLink', lang)}</a>
          </li>
        ))}
      </ul>
      <h2>{t('versions', lang)}</h2>
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{ui('version', lang)}</th>
            <th scope="col">{t('status', lang)}</th>
            <th scope="col">{t('effectiveFrom', lang)}</th>
            <th scope="col">{t('contentHash', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v) => (
            <tr>
              <th scope="row">{v.version}</th>
              <td data-label={t('status', lang)}>{STATUS_LABELS[v.status === 'draft' ? 'draft' : 'published'][lang]}</td>
              <td data-label={t('effectiveFrom', lang)}>{v.effectiveFrom ?? '—'}</td>
              <td data-label={t('contentHash', lang)}>
                <code>{v.contentHash.slice(0, 12)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.history ? <PackHistory lang={lang} packId={pack.id} items={props.history} /> : null}
      <PackFacts lang={lang} pack={pack} />
      <OwnTerms lang={lang} pack={pack} name={name} />
      <h2>{t('rules', lang)}</h2>
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{t('rule', lang)}</th>
            <th scope="col">{t('decides', lang)}</th>
            <th scope="col">{t('inForce', lang)}</th>
            <th scope="col">{t('clause', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {pack.rules.map((r) => (
            <tr>
              <th scope="row">
                <a class="rule-link" href={`/packs/${pack.id}/rules/${r.id}?lang=${lang}`}>
                  {r.title[lang]}
                </a>
                {r.origin !== pack.id ? (
                  <div class="hint">
                    {t('origin', lang)} {name(r.origin)}
                  </div>
                ) : null}
              </th>
              <td data-label={t('decides', lang)}>{decidesText(r, pack, lang)}</td>
              <td data-label={t('inForce', lang)}>{period(r, lang)}</td>
              <td data-label={t('clause', lang)}>
                {r.citation.document} {r.citation.clause} <Basis basis={r.citation.basis} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Links from a rule to its clauses, each on the page of its document, when the pack lists that document. */
function ClauseLinks(props: { pack: ResolvedPack; rule: PlacedRule; lang: Lang }) {
  const { pack, rule, lang } = props;
  const { document } = rule.citation;
  if (!pack.documents.some((d) => d.number === document)) return null;
  return (
    <p class="links">
      {clausesOf(rule.citation.clause).map((clause) => (
        <>
          <a class="clause-link" href={documentHref(pack.id, document, lang, clause)}>
            {tf('seeClause', lang, { document, clause })}
          </a>{' '}
        </>
      ))}
    </p>
  );
}

export function RulePage(props: { lang: Lang; pack: ResolvedPack; ruleId: string; versions: PlacedRule[]; name: PackName }) {
  const { lang, pack, name, versions } = props;
  const several = versions.length > 1;
  return (
    <>
      <p>
        <a href={`/packs/${pack.id}?lang=${lang}`}>
          {pack.title[lang]} · {ui('version', lang)} {pack.version}
        </a>
      </p>
      <h1>{versions[0]?.title[lang]}</h1>
      {versions.map((r) => (
        <section class="card">
          {several ? <h2>{r.title[lang]}</h2> : null}
          <p>
            <strong>
              {t('decides', lang)}
              {colon(lang)}
            </strong>
            {decidesText(r, pack, lang)}
          </p>
          <p>
            <strong>
              {t('inForce', lang)}
              {colon(lang)}
            </strong>
            {period(r, lang)} · {t('origin', lang)} {name(r.origin)}
          </p>
          <p>
            <strong>
              {r.citation.document} {r.citation.clause}
            </strong>{' '}
            <Basis basis={r.citation.basis} lang={lang} />
          </p>
          <CitedWords citation={r.citation} lang={lang} />
          {lang === 'en' ? <p lang="en">{r.citation.en}</p> : null}
          <ClauseLinks pack={pack} rule={r} lang={lang} />
          <h3>{t('conditions', lang)}</h3>
          <p>{describeConditions(r.conditions as unknown as ConditionNode, lang, pack.facts, pack.readings)}</p>
        </section>
      ))}
    </>
  );
}

/** A rule as a whole page: served both at /packs/{id}/rules/{ruleId} and to a browser asking the API for the rule. */
export function RuleDocument(props: {
  lang: Lang;
  path: string;
  query: Record<string, string>;
  pack: ResolvedPack;
  ruleId: string;
  versions: PlacedRule[];
  name?: PackName;
}) {
  const name = props.name ?? ((id: string) => id);
  const title = props.versions[0]?.title[props.lang] ?? props.ruleId;
  return (
    <Layout lang={props.lang} title={`${title} · ${props.pack.title[props.lang]}`} path={props.path} query={props.query}>
      <RulePage lang={props.lang} pack={props.pack} ruleId={props.ruleId} versions={props.versions} name={name} />
    </Layout>
  );
}
