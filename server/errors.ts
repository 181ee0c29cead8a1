// Every error the API returns has one shape: { error: { code, message, issues: [{ path, message }] } }.
import { z } from '@hono/zod-openapi';
import { plainProblem, type Problem } from '../engine/index.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly issues: Problem[] = [],
  ) {
    super(message);
  }
}

/** The body of an error: its issues as `{ path, message }` (a problem's kind is the pages' and the CLI's, for their words). */
export function errorBody(code: string, message: string, issues: Problem[] = []) {
  return { error: { code, message, issues: issues.map(plainProblem) } };
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_event' }),
      message: z.string(),
      issues: z.array(z.object({ path: z.string().openapi({ example: 'event.attendees' }), message: z.string() })),
    }),
  })
  .openapi('Error');

export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });
