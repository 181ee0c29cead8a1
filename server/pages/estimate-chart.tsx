// The estimate drawn: one bar per phase, its segments the emission sources, in an SVG that scales to the page's
// width (390 px phones too), with the same figures as a table beside it for whoever cannot see the colours.
import { EMISSION_SOURCES, type Estimate, ESTIMATE_PHASES } from '../../engine/estimate/index.js';
import { EMISSION_SOURCE_LABELS, ESTIMATE_PAGE_WORDS, ESTIMATE_PHASE_LABELS, labelled } from '../../engine/index.js';

/** One colour per source, distinguishable in print and for the common colour deficiencies (Okabe–Ito). */
export const SOURCE_COLOURS = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;

const WIDTH = 320;
const LABEL = 78;
const BAR = 26;
const GAP = 12;

/** Each phase's segments: [source index, x, width] in the chart's coordinates. */
export function segments(estimate: Estimate) {
  const totals = ESTIMATE_PHASES.map((p) => Number(estimate.byPhase[p]));
  const max = Math.max(...totals, 0);
  const scale = max > 0 ? (WIDTH - LABEL - 8) / max : 0;
  return ESTIMATE_PHASES.map((phase) => {
    let x = LABEL;
    const parts = EMISSION_SOURCES.map((source, i) => {
      const tonnes = estimate.lines.filter((l) => l.phase === phase && l.source === source).reduce((sum, l) => sum + Number(l.tco2e), 0);
      const width = tonnes * scale;
      const part = { source: i, x, width };
      x += width;
      return part;
    }).filter((p) => p.width > 0);
    return { phase, parts };
  });
}

export function EstimateChart(props: { estimate: Estimate }) {
  const { estimate } = props;
  const { lang } = estimate;
  const rows = segments(estimate);
  const height = ESTIMATE_PHASES.length * (BAR + GAP) + GAP;
  return (
    <figure class="estimate-chart">
      <figcaption id="estimate-chart-title">{ESTIMATE_PAGE_WORDS.chart[lang]}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="estimate-chart-title" xmlns="http://www.w3.org/2000/svg">
        {rows.map((row, i) => {
          const y = GAP + i * (BAR + GAP);
          return (
            <g>
              <text x="0" y={y + BAR / 2 + 4} font-size="14" fill="#222">
                {ESTIMATE_PHASE_LABELS[row.phase][lang]}
              </text>
              <rect x={LABEL} y={y} width={WIDTH - LABEL - 8} height={BAR} fill="#f2f2f2" />
              {row.parts.map((p) => (
                <rect x={p.x.toFixed(2)} y={y} width={Math.max(p.width, 0.5).toFixed(2)} height={BAR} fill={SOURCE_COLOURS[p.source]}>
                  <title>{`${EMISSION_SOURCE_LABELS[EMISSION_SOURCES[p.source] as (typeof EMISSION_SOURCES)[number]][lang]}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
      </svg>
      <ul class="estimate-legend">
        {EMISSION_SOURCES.map((source, i) => (
          <li>
            <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={SOURCE_COLOURS[i]} />
            </svg>{' '}
            {labelled(EMISSION_SOURCE_LABELS[source][lang], `${estimate.bySource[source]} tCO2e`, lang)}
          </li>
        ))}
      </ul>
      <table class="estimate-table">
        <tbody>
          {ESTIMATE_PHASES.map((p) => (
            <tr>
              <th scope="row">{ESTIMATE_PHASE_LABELS[p][lang]}</th>
              <td>{estimate.byPhase[p]} tCO2e</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
