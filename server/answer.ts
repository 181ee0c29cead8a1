// Evaluating one event under one pack, and keeping the decision: shared by evaluate, compare and replay.
import { randomUUID } from 'node:crypto';
import type { ResolvedPackVersion } from '../adapters/registry/pack-registry.js';
import type { Store } from '../adapters/storage/store.js';
import { type Determination, evaluate, InputError, type Lang, type ReadingChoice, ReadingsError } from '../engine/index.js';
import { ApiError } from './errors.js';
import type { AppDeps } from './deps.js';

export interface AnswerRequest {
  pack: string;
  event: unknown;
  asOf?: string;
  lang?: Lang;
  version?: string;
  readings?: ReadingChoice;
}

export interface Answer {
  determination: Determination;
  decisionId: string;
  notice?: string;
}

export function resolveOrThrow(deps: AppDeps, request: AnswerRequest, path = 'pack'): ResolvedPackVersion {
  const startDate = (request.event as { startDate?: string } | undefined)?.startDate;
  const result = deps.registry.resolve(request.pack, request.asOf ?? startDate, request.version);
  if (!result.ok) {
    const code = result.status === 404 ? 'unknown_pack' : 'pack_unavailable';
    const hint = result.status === 404 ? `${result.message}; known packs: ${deps.registry.packIds().join(', ')}` : result.message;
    throw new ApiError(result.status, code, result.message, [{ path, message: hint }]);
  }
  return result.resolved;
}

/** `packPath` names the request field that chose the pack, for error messages (`pack`, `packs[1]`). */
export async function answer(deps: AppDeps, request: AnswerRequest, packPath = 'pack', eventPath = 'event'): Promise<Answer> {
  const resolved = resolveOrThrow(deps, request, packPath);
  let determination: Determination;
  try {
    determination = await evaluate(resolved.compiled, request.event, { asOf: request.asOf, lang: request.lang, readings: request.readings });
  } catch (error) {
    if (error instanceof ReadingsError) throw new ApiError(422, 'invalid_readings', 'the readings are not valid', error.problems);
    if (error instanceof InputError) {
      throw new ApiError(422, 'invalid_event', 'the event is not valid', error.problems.map((p) => ({ ...p, path: p.path === '(root)' ? eventPath : `${eventPath}.${p.path}` })));
    }
    throw error;
  }
  const decisionId = randomUUID();
  await record(deps.store, decisionId, request, resolved, determination);
  return { determination, decisionId, ...(resolved.fallback ? { notice: resolved.fallback.reason } : {}) };
}

async function record(store: Store, id: string, request: AnswerRequest, resolved: ResolvedPackVersion, determination: Determination) {
  await store.saveDecision({
    id,
    createdAt: new Date().toISOString(),
    packId: resolved.version.packId,
    packVersion: resolved.version.version,
    contentHash: resolved.version.contentHash,
    chain: resolved.chain,
    asOf: determination.asOf,
    lang: determination.lang,
    request: {
      pack: request.pack,
      event: request.event,
      asOf: request.asOf,
      lang: request.lang,
      ...(request.version ? { version: request.version } : {}),
      ...(request.readings ? { readings: request.readings } : {}),
    },
    determination,
  });
}
