// The steps of a process as a person follows them: by phase (before, during, after the event), whatever order the
// pack and its bases list them in; within a phase, the pack's order is kept (a stable sort).
import { PHASES } from '../../engine/index.js';

type Phase = (typeof PHASES)[number];

export function inPhaseOrder<T extends { phase: Phase }>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
}
