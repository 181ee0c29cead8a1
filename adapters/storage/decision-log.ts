// The store's decision log as the recorder `answer` writes to: every answer the API gives is kept under a new id,
// as the lean record of app/decision-record.ts (the request, the exact chain of pack versions, the engine version,
// the outcome and the digest of the Determination; never the Determination itself). The id is returned once the
// row is committed.
import { randomUUID } from 'node:crypto';
import type { DecisionRecorder } from '../../app/answer.js';
import { digestOf, outcomeOf } from '../../app/decision-record.js';
import { engineVersion } from './engine-version.js';
import type { NewDecision, Store } from './store.js';

export function decisionLog(store: Store): DecisionRecorder {
  return {
    async record({ determination, ...entry }) {
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
