// A pack's history on its page: each threshold and deadline, period by period, with the versions it held in, the
// date it took effect and a mark where it changed.
import type { Lang } from '../../engine/index.js';
import { Basis } from './cite.js';
import type { HistoryItem, HistoryRow } from './history-rows.js';
import { t, tf } from './i18n.js';

function period(row: HistoryRow, lang: Lang): string {
  return row.until ? tf('historyUntil', lang, { from: row.from, until: row.until }) : tf('historyFrom', lang, { date: row.from });
}

export function PackHistory(props: { lang: Lang; packId: string; items: HistoryItem[] }) {
  const { lang, items, packId } = props;
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t('history', lang)}</h2>
      <p class="lead">{t('historyIntro', lang)}</p>
      {items.length ? null : <p>{t('historyNone', lang)}</p>}
      {items.map((item) => (
        <div class="history-item">
          <h3>
            <a href={`/packs/${packId}/rules/${item.ruleId}?lang=${lang}`}>{item.title}</a>
          </h3>
          <table class="cards history">
            <thead>
              <tr>
                <th scope="col">{t('inForce', lang)}</th>
                <th scope="col">{t('versions', lang)}</th>
                <th scope="col">{t('historyValue', lang)}</th>
                <th scope="col">{t('historyWho', lang)}</th>
                <th scope="col">{t('clause', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {item.rows.map((row) => (
                <tr data-changed={row.changed ? 'yes' : 'no'}>
                  <th scope="row">
                    {period(row, lang)}
                    {row.changed ? (
                      <>
                        {' '}
                        <ins class="changed">{t('historyChanged', lang)}</ins>
                      </>
                    ) : null}
                  </th>
                  <td data-label={t('versions', lang)}>{row.versions.join(lang === 'zh' ? '、' : ', ')}</td>
                  <td data-label={t('historyValue', lang)}>{row.value}</td>
                  <td data-label={t('historyWho', lang)}>{row.conditions}</td>
                  <td data-label={t('clause', lang)}>
                    {row.citation.document} {row.citation.clause} <Basis basis={row.citation.basis} lang={lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
