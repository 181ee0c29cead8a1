// A report shown in the analyst's page itself (no frame): the same report the API renders, its tables as cards on
// a phone (each cell labelled by its pack), its charts (the reports' own SVG) in a region that scrolls on its own
// when wider than the screen, its citations numbered and listed at the end. Colours come from the site's sheet:
// the page allows no inline style.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { type Report, REPORT_FORMATS, type ReportFormat } from '../../adapters/reports/index.js';
import { citedWords } from '../../adapters/reports/cited-item.js';
import type { CitedItem } from '../../adapters/reports/cited-item.js';
import type { PackColumn } from '../../adapters/reports/pack-column.js';
import { asOfLine, reportTitle } from '../../adapters/reports/report-headings.js';
import { OBLIGATION_SHORT, periodWords, word } from '../../adapters/reports/report-words.js';
import { obligationStrip } from '../../adapters/reports/svg-obligation-strip.js';
import { sweepHeatmap } from '../../adapters/reports/svg-heatmap.js';
import { thresholdChart } from '../../adapters/reports/svg-thresholds.js';
import { cellFinder } from '../../adapters/reports/sweep.js';
import { CitationIndex } from '../../adapters/render/citation-index.js';
import { BASIS_LABELS, type Citation, type Lang, OBLIGATION_LABELS, type Obligation, ui } from '../../engine/index.js';
import { t } from './i18n.js';

const OBLIGATIONS: readonly Obligation[] = ['required', 'expected', 'encouraged', 'not-covered', 'undetermined'];

/** A pack as a column: where, which policy, which version. */
const packName = (p: PackColumn, lang: Lang) => `${p.jurisdiction} · ${ui('versionOf', lang, { version: p.version })}`;

const FORMAT_NAMES: Record<ReportFormat, string> = { html: 'HTML', md: 'Markdown', csv: 'CSV', json: 'JSON' };

/** The API address of the report in `format`, as an attachment. */
export function downloadHref(report: Report, packs: string[], event: string | undefined, format: ReportFormat): string {
  const params = new URLSearchParams({ packs: packs.join(','), format, lang: report.lang, download: '1' });
  if (report.kind === 'compare' && event) params.set('event', event);
  return `/v1/reports/${report.kind}?${params.toString()}`;
}

function Refs(props: { citations: Citation[]; index: CitationIndex }) {
  if (!props.citations.length) return null;
  return (
    <span class="refs">
      {' '}
      {props.citations.map((c, i) => {
        const n = props.index.number(c);
        return (
          <>
            {i ? '; ' : ''}
            {c.clause} <a href={`#cite-${n}`}>[{n}]</a>
          </>
        );
      })}
    </span>
  );
}

function Items(props: { items: CitedItem[]; index: CitationIndex; lang: Lang }) {
  if (!props.items.length) return <span class="muted">{word('none', props.lang)}</span>;
  return (
    <ul class="items">
      {props.items.map((item) => (
        <li>
          {item.text}
          <Refs citations={item.citations} index={props.index} />
        </li>
      ))}
    </ul>
  );
}

function Figure(props: { caption: string; svg: string; children?: Child }) {
  return (
    <figure>
      <figcaption>{props.caption}</figcaption>
      <div class="figure-scroll" role="region" aria-label={props.caption} tabindex={0}>
        {raw(props.svg)}
      </div>
      {props.children}
    </figure>
  );
}

function Legend(props: { lang: Lang; short?: boolean; other?: boolean }) {
  const { lang } = props;
  return (
    <ul class="legend" aria-label={word('legend', lang)}>
      {OBLIGATIONS.map((o) => (
        <li>
          <span class={`swatch ${o}`} />
          {props.short ? `${OBLIGATION_SHORT[o][lang]} = ${OBLIGATION_LABELS[o][lang]}` : OBLIGATION_LABELS[o][lang]}
        </li>
      ))}
      {props.other ? (
        <li>
          <span class="swatch other" />
          {word('otherCondition', lang)}
        </li>
      ) : null}
    </ul>
  );
}

/** Rows of cited items, a column per pack; on a phone each row is a card, each cell labelled by its pack. */
function PackTable(props: { report: Report; rows: { label: string; cells: Record<string, CitedItem[]>; differs?: boolean }[]; index: CitationIndex }) {
  const { report, rows, index } = props;
  const { lang } = report;
  return (
    <table class="cards">
      <thead>
        <tr>
          <td />
          {report.packs.map((p) => (
            <th scope="col">{packName(p, lang)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr class={row.differs ? 'differs' : undefined}>
            <th scope="row">
              {row.differs ? <span title="≠">≠ </span> : null}
              {row.label}
            </th>
            {report.packs.map((p) => (
              <td data-label={packName(p, lang)}>
                <Items items={row.cells[p.id] ?? []} index={index} lang={lang} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Body(props: { report: Report; index: CitationIndex }) {
  const { report, index } = props;
  const { lang } = report;
  if (report.kind === 'matrix') {
    return (
      <>
        <Figure caption={word('thresholds', lang)} svg={thresholdChart(report)}>
          <Legend lang={lang} other />
        </Figure>
        <PackTable report={report} rows={report.rows} index={index} />
      </>
    );
  }
  if (report.kind === 'compare') {
    const answers = report.packs.map((p) => ({ pack: p.jurisdiction, obligation: report.obligations[p.id] ?? 'undetermined' }));
    return (
      <>
        <h3>{word('event', lang)}</h3>
        <ul class="event">
          {report.eventText.map((f) => (
            <li>
              {f.label}
              {lang === 'zh' ? '：' : ': '}
              {f.value}
            </li>
          ))}
        </ul>
        <Figure caption={word('obligation', lang)} svg={obligationStrip(answers, lang, word('obligation', lang))}>
          <Legend lang={lang} />
        </Figure>
        <PackTable report={report} rows={report.rows} index={index} />
        <p>{word('differs', lang)}</p>
        <ul>
          {report.packs.map((p) => (
            <li>
              <strong>{packName(p, lang)}</strong>
              {lang === 'zh' ? '：' : ': '}
              {report.summaries[p.id] ?? ''}
            </li>
          ))}
        </ul>
      </>
    );
  }
  const find = cellFinder(report.cells);
  return (
    <>
      <p>{word('sizeMeaning', lang)}</p>
      <Legend lang={lang} short />
      {report.packs.map((pack) => (
        <section>
          <h3>{packName(pack, lang)}</h3>
          {report.kinds.map((kind) => (
            <Figure caption={kind.label} svg={sweepHeatmap(report, pack.id, kind.code, find)} />
          ))}
        </section>
      ))}
      <h3>{word('lines', lang)}</h3>
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{word('pack', lang)}</th>
            <th scope="col">{word('kind', lang)}</th>
            <th scope="col">{word('organizer', lang)}</th>
            <th scope="col">{word('firstReached', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((line) => {
            const pack = report.packs.find((p) => p.id === line.pack);
            return (
              <tr>
                <th scope="row">{pack ? packName(pack, lang) : ''}</th>
                <td data-label={word('kind', lang)}>{report.kinds.find((k) => k.code === line.kind)?.label ?? ''}</td>
                <td data-label={word('organizer', lang)}>{report.organizers.find((o) => o.key === line.organizer)?.label ?? ''}</td>
                <td data-label={word('firstReached', lang)}>
                  <ul class="items">
                    {line.reached.map((r) => (
                      <li>
                        <span class={`swatch ${r.obligation}`} />
                        {`${OBLIGATION_LABELS[r.obligation][lang]} ${word('from', lang, { size: r.size })}`}
                        <Refs citations={r.rules.flatMap((id) => report.rules[line.pack]?.[id]?.citations ?? [])} index={index} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function Footnotes(props: { index: CitationIndex; lang: Lang }) {
  const { index, lang } = props;
  if (!index.list().length) return null;
  return (
    <>
      <h3>{word('citations', lang)}</h3>
      <ol class="citations">
        {index.list().map((c, i) => (
          <li id={`cite-${i + 1}`}>
            [{i + 1}] {c.document} {c.clause} <span class={`badge ${c.basis}`}>{BASIS_LABELS[c.basis][lang]}</span> <span lang="zh-CN">{citedWords(c, lang)}</span>
            {lang === 'en' ? <span lang="en"> — {c.en}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export function ReportView(props: { report: Report; packs: string[]; event?: string }) {
  const { report } = props;
  const { lang } = report;
  // The body numbers the citations as it is rendered; the list at the end is rendered after it.
  const index = new CitationIndex();
  const body = <Body report={report} index={index} />;
  return (
    <section class="report" aria-labelledby="report-h">
      <h2 id="report-h">{reportTitle(report)}</h2>
      <p class="lead">
        {asOfLine(report)} · {word('generatedFrom', lang)}
      </p>
      <ul>
        {report.packs.map((p) => (
          <li>
            <strong>{packName(p, lang)}</strong> · {p.title} · {periodWords(p.inForce, lang)}
          </li>
        ))}
      </ul>
      <p class="links">
        {t('downloadAs', lang)}
        {REPORT_FORMATS.map((f) => (
          <>
            <a href={downloadHref(report, props.packs, props.event, f)} download>
              {FORMAT_NAMES[f]}
            </a>{' '}
          </>
        ))}
      </p>
      {body}
      <Footnotes index={index} lang={lang} />
    </section>
  );
}
