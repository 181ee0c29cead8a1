// How a decision of the log is asked again of a version and of the version it is compared with: under the readings
// and the date it was asked with, never under the defaults in their place. A reading or an option asked that either
// version does not have makes the decision one whose answer cannot be compared: it is named with why, not answered.
// A decision asked of another pack and answered by this one (a city pack not in effect yet, answered by its base) had
// the readings only the asked pack knows set aside when it was answered (app/answer.ts); they are set aside again.
import { type CompiledPack, type Problem, type ReadingChoice, ReadingsError } from '../engine/index.js';
import { chooseReadings } from '../engine/readings.js';
import type { DecisionRequest } from './decision-record.js';
import type { Asked } from './simulation/decider.js';

/** A decision of the log that one of the two versions cannot answer as it was asked. */
export interface IncomparableDecision {
  id: string;
  /** Its place among the decisions read (newest first, from 1), as the tally numbers its lines. */
  line: number;
  /** The readings it was asked under. */
  readings: ReadingChoice;
  /** For each version that lacks a reading or an option asked: which, and what it has instead (paths `readings.<id>`). */
  new?: Problem[];
  baseline?: Problem[];
}

/** The two versions a decision is asked of again. */
export interface ReplaySides {
  new: CompiledPack;
  baseline?: CompiledPack;
}

export type Replay = { kind: 'comparable'; asked: Asked } | { kind: 'incomparable'; new?: Problem[]; baseline?: Problem[] };

/** What `pack` lacks of `readings` (none: it can answer under them). */
function lacking(pack: CompiledPack, readings: ReadingChoice): Problem[] | undefined {
  try {
    chooseReadings(pack.pack, readings);
    return undefined;
  } catch (error) {
    if (error instanceof ReadingsError) return error.problems;
    throw error;
  }
}

/** The readings the decision was answered under by pack `packId`: those asked, less any set aside on a fallback. */
export function readingsAsked(request: DecisionRequest, packId: string, sides: ReplaySides): ReadingChoice {
  const asked = Object.entries(request.readings ?? {});
  if (request.pack === packId) return Object.fromEntries(asked);
  const known = (id: string) => [sides.new, sides.baseline].some((side) => side?.pack.readings.some((r) => r.id === id));
  return Object.fromEntries(asked.filter(([id]) => known(id)));
}

/** How the decision `request` (of the log of pack `packId`) is asked again of both sides, or why it cannot be. */
export function replayOf(request: DecisionRequest, packId: string, sides: ReplaySides): Replay {
  const readings = readingsAsked(request, packId, sides);
  const asOf = request.asOf ? { asOf: request.asOf } : {};
  if (!Object.keys(readings).length) return { kind: 'comparable', asked: asOf };
  const lacks = { new: lacking(sides.new, readings), baseline: sides.baseline && lacking(sides.baseline, readings) };
  if (!lacks.new && !lacks.baseline) return { kind: 'comparable', asked: { readings, ...asOf } };
  return { kind: 'incomparable', ...(lacks.new ? { new: lacks.new } : {}), ...(lacks.baseline ? { baseline: lacks.baseline } : {}) };
}
