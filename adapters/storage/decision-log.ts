// The store's decision log as the recorder `answer` writes to: every answer the API gives is kept with the exact
// pack versions it came from, under a new id.
import { randomUUID } from 'node:crypto';
import type { DecisionRecorder } from '../../app/answer.js';
import type { Store } from './store.js';

export function decisionLog(store: Store): DecisionRecorder {
  return {
    async record(entry) {
      const id = randomUUID();
      await store.saveDecision({ id, createdAt: new Date().toISOString(), ...entry });
      return id;
    },
  };
}
