// What a case operation can come to besides success: typed, so each door (HTTP, CLI) says it in its own status
// and words. None of them leaves a partial write.
import type { Problem } from '../../engine/index.js';
import type { AnswerFailure } from '../answer.js';
import type { SerialHolder } from './case-store.js';
import type { Worded } from './case-view.js';

export type CaseFailure =
  | { kind: 'no-case'; id: string }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; problems: Problem[] }
  /** Activity data that cannot be estimated: every problem, each naming its field (as POST /v1/estimate says them). */
  | { kind: 'invalid-activity'; problems: Problem[] }
  /** The credit (or a credit of the range) is held by a retirement already: never counted twice. */
  | { kind: 'serial-taken'; holder: SerialHolder }
  /** A new sink project serves one event only (Jining 四（四）1; Chongqing 第二十九条 for CQCER). */
  | { kind: 'project-taken'; holder: { caseId: string; projectId: string } }
  /** The case cannot take this change now: certified, changed meanwhile, or full. */
  | { kind: 'conflict'; code: 'certified' | 'changed' | 'too-many' | 'not-markable'; message: string }
  | { kind: 'not-earned'; blockers: Worded[] }
  /** The pack versions the case was judged under can no longer be evaluated (a missing or changed version). */
  | { kind: 'unjudgeable'; problem: string }
  | { kind: 'no-certificate'; id: string }
  | AnswerFailure;

export type CaseResult<T> = ({ kind: 'ok' } & T) | CaseFailure;
