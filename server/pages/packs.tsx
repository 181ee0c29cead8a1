// The bureau's pages: every pack, one pack with its rules, citations, versions and periods in force, one rule.
import type { PackVersion } from '../../app/pack-source.js';
import { type Lang, OBLIGATION_LABELS, dutyLabel, modeLabel, type ResolvedPack } from '../../engine/index.js';
import type { PlacedRule } from '../../engine/resolved-pack.js';
import { describeDue } from '../../engine/due-date.js';
import { describeConditions } from '../../engine/describe-conditions.js';
import type { ConditionNode } from '../../engine/conditions.js';
import { Basis, CitedWords } from './cite.js';
import { t } from './i18n.js';
import { Layout } from './layout.js';

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
      <table>
        <thead>
          <tr>
            <th scope="col">{lang === 'zh' ? '政策包' : 'Pack'}</th>
            <th scope="col">{lang === 'zh' ? '地区' : 'Jurisdiction'}</th>
            <th scope="col">{lang === 'zh' ? '现行版本' : 'Version in effect'}</th>
            <th scope="col">{lang === 'zh' ? '生效日期' : 'Effective from'}</th>
          </tr>
        </thead>
        <tbody>
          {props.packs.map((p) => (
            <tr>
              <td>
                <a href={`/packs/${p.id}?lang=${lang}`}>{p.title[lang]}</a>
                <div class="hint">
                  <code>{p.id}</code>
                </div>
              </td>
              <td>
                {p.jurisdiction.name[lang]} ({p.jurisdiction.code})
              </td>
              <td>{p.current?.version ?? '—'}</td>
              <td>{p.current?.effectiveFrom ?? '—'}</td>
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
  if (d.type === 'confirmation') return d.modes.map((m) => modeLabel(pack, m)[lang]).join(lang === 'zh' ? '、' : ', ');
  const duty = dutyLabel(pack, d.duty)[lang];
  return `${duty}: ${describeDue(d.due, lang)}`;
}

function period(rule: PlacedRule, lang: Lang) {
  return rule.inForce ? `${rule.inForce.from} – ${rule.inForce.until ?? ''}` : t('whole', lang);
}

export function PackPage(props: { lang: Lang; pack: ResolvedPack; versions: PackVersion[]; inForceNote?: { zh: string; en: string } }) {
  const { lang, pack } = props;
  return (
    <>
      <h1>{pack.title[lang]}</h1>
      <p class="lead">
        <code>{pack.id}</code> {pack.version} · {pack.jurisdiction.name[lang]} ({pack.jurisdiction.code}) · {t('inForce', lang)}: {pack.inForce.from} –{' '}
        {pack.inForce.until ?? ''}
        {pack.chain.length > 1 ? ` · ${lang === 'zh' ? '继承' : 'extends'} ${pack.chain.slice(0, -1).map((c) => c.id).join(' → ')}` : ''}
      </p>
      <h2>{t('documents', lang)}</h2>
      <ul>
        {pack.documents.map((d) => (
          <li>
            <strong>{d.number}</strong> {d.title.zh} · {d.issuers.join('、')} · {d.issued}
          </li>
        ))}
      </ul>
      <h2>{t('versions', lang)}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{lang === 'zh' ? '版本' : 'Version'}</th>
            <th scope="col">{lang === 'zh' ? '状态' : 'Status'}</th>
            <th scope="col">{lang === 'zh' ? '生效日期' : 'Effective from'}</th>
            <th scope="col">{lang === 'zh' ? '内容哈希' : 'Content hash'}</th>
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v) => (
            <tr>
              <td>{v.version}</td>
              <td>{v.status}</td>
              <td>{v.effectiveFrom ?? '—'}</td>
              <td>
                <code>{v.contentHash.slice(0, 12)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('rules', lang)}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{lang === 'zh' ? '规则' : 'Rule'}</th>
            <th scope="col">{t('decides', lang)}</th>
            <th scope="col">{t('inForce', lang)}</th>
            <th scope="col">{t('clause', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {pack.rules.map((r) => (
            <tr>
              <td>
                <a href={`/packs/${pack.id}/rules/${r.id}?lang=${lang}`}>{r.title[lang]}</a>
                <div class="hint">
                  <code>{r.id}</code>
                  {r.origin !== pack.id ? ` · ${t('origin', lang)} ${r.origin}` : ''}
                </div>
              </td>
              <td>{decidesText(r, pack, lang)}</td>
              <td>{period(r, lang)}</td>
              <td>
                {r.citation.document} {r.citation.clause} <Basis basis={r.citation.basis} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function RulePage(props: { lang: Lang; pack: ResolvedPack; ruleId: string; versions: PlacedRule[] }) {
  const { lang, pack } = props;
  return (
    <>
      <p>
        <a href={`/packs/${pack.id}?lang=${lang}`}>
          {pack.title[lang]} ({pack.id} {pack.version})
        </a>
      </p>
      <h1>
        <code>{props.ruleId}</code>
      </h1>
      {props.versions.map((r) => (
        <section class="card">
          <h2>{r.title[lang]}</h2>
          <p>
            <strong>{t('decides', lang)}:</strong> {decidesText(r, props.pack, lang)}
          </p>
          <p>
            <strong>{t('inForce', lang)}:</strong> {period(r, lang)} · {t('origin', lang)} {r.origin}
          </p>
          <p>
            <strong>
              {r.citation.document} {r.citation.clause}
            </strong>{' '}
            <Basis basis={r.citation.basis} lang={lang} />
          </p>
          <CitedWords citation={r.citation} lang={lang} />
          <p lang="en">{r.citation.en}</p>
          <h3>{t('conditions', lang)}</h3>
          <p>{describeConditions(r.conditions as unknown as ConditionNode, lang)}</p>
          <details>
            <summary>JSON</summary>
            <pre>{JSON.stringify(r.conditions, null, 2)}</pre>
          </details>
        </section>
      ))}
    </>
  );
}

/** A rule as a whole page: served both at /packs/{id}/rules/{ruleId} and to a browser asking the API for the rule. */
export function RuleDocument(props: { lang: Lang; path: string; query: Record<string, string>; pack: ResolvedPack; ruleId: string; versions: PlacedRule[] }) {
  return (
    <Layout lang={props.lang} title={`${props.ruleId} · ${props.pack.id}`} path={props.path} query={props.query}>
      <RulePage lang={props.lang} pack={props.pack} ruleId={props.ruleId} versions={props.versions} />
    </Layout>
  );
}
