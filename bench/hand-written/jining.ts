// cn-shandong-jining by hand (济环字〔2023〕40号, policies/cn-shandong-jining/pack.json): the obligation level and the
// dated duties, including which duties a plan's offset lines call for (a new forestry or ocean sink, or bought credits).
import type { HandDecision, HandDuty } from './decision.js';
import { addMonths, dayBefore } from './dates.js';
import { readEvent } from './event.js';

const PACK_FROM = '2023-01-01';
const SINKS = ['forestry-sink', 'ocean-sink'];

export function jining(raw: unknown): HandDecision {
  const e = readEvent(raw, true);
  const asOf = e.startDate;
  if (asOf === undefined) return { obligation: 'undetermined', missingFacts: ['startDate'], duties: [] };
  if (asOf < PACK_FROM) return { obligation: 'not-covered', missingFacts: [], duties: [] };
  const { attendees, organizerType: type } = e;

  // 三: 200 or more are encouraged, and expected of party and government organs; below 200 the plan does not apply.
  if (attendees === undefined) {
    const missingFacts = type === undefined ? ['attendees', 'organizer.type'] : ['attendees'];
    return { obligation: 'undetermined', missingFacts, duties: [] };
  }
  if (attendees < 200) return { obligation: 'not-covered', missingFacts: [], duties: [] };
  const obligation = type === undefined ? 'undetermined' : type === 'party-government' ? 'expected' : 'encouraged';

  // 四: publish the plan before the event; bought credits: neutralize and retire within 6 months; a new sink: apply
  // within a year and neutralize within two. With a plan, only the duties its lines call for.
  let sinks = true;
  let bought = true;
  if (e.offsets?.length) {
    sinks = false;
    bought = false;
    for (const line of e.offsets) {
      if (line.newProject === true && SINKS.includes(line.instrument)) sinks = true;
      else bought = true;
    }
  }
  const end = e.endDate;
  const duties: HandDuty[] = [{ duty: 'publish-plan', due: dayBefore(asOf) }];
  if (bought) {
    const due = end === undefined ? null : addMonths(end, 6);
    duties.push({ duty: 'complete-neutralization', due }, { duty: 'retire-credits', due });
  }
  if (sinks) {
    duties.push(
      { duty: 'forestry-project-application', due: end === undefined ? null : addMonths(end, 12) },
      { duty: 'forestry-neutralization', due: end === undefined ? null : addMonths(end, 24) },
    );
  }
  return { obligation, missingFacts: type === undefined ? ['organizer.type'] : [], duties };
}
