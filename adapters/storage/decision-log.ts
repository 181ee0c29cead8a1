// The store's decision log as the recorder `answer` writes to: every answer the API gives is kept under a new id,
// as the lean record of app/decision-record.ts (the request, the exact chain of pack versions, the engine version,
// the outcome and the digest of the Determination; never the Determination itself). The id is returned once the
// row is committed. The log may be switched off or sampled (DECISION_LOG=off, sample:0.1): an answer not kept gets
// no id, so no answer names a decision that does not exist.
import { randomUUID } from 'node:crypto';
import type { DecisionRecorder } from '../../app/answer.js';
import { digestOf, outcomeOf } from '../../app/decision-record.js';
import { engineVersion } from './engine-version.js';
import type { NewDecision, Store } from './store.js';

/** Every answer kept, none, or a random share of them (0 < rate < 1). */
export type DecisionLogMode = { mode: 'on' } | { mode: 'off' } | { mode: 'sample'; rate: number };

export interface DecisionLogOptions {
  mode?: DecisionLogMode;
  /** Called for every answer, kept or not (metrics). */
  onAnswered?: (packId: string, obligation: string) => void;
  /** A number in [0, 1) (default Math.random): the sample's draw. */
  random?: () => number;
}

function keeps(mode: DecisionLogMode, random: () => number): boolean {
  if (mode.mode === 'on') return true;
  if (mode.mode === 'off') return false;
  return random() < mode.rate;
}

export function decisionLog(store: Store, options: DecisionLogOptions = {}): DecisionRecorder {
  const { mode = { mode: 'on' }, onAnswered, random = Math.random } = options;
  return {
    async record({ determination, ...entry }) {
      onAnswered?.(entry.packId, determination.obligation);
      if (!keeps(mode, random)) return undefined;
      const decision: NewDecision = {
        id: randomUUID(),
        createdAt: new Date().toISOString(),
        ...entry,
        digest: digestOf(determination),
        outcome: outcomeOf(determination),
        engineVersion: engineVersion(),
      };
      await store.saveDecision(decision);
      return decision.id;
    },
  };
}
