/**
 * Salesforce's REST error body: an array of `{message, errorCode, fields?}` (salesforce-api.md §4.7).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface SfErrorBody {
  message: string;
  errorCode: string;
  fields?: string[];
}

export function sfErrorBody(errorCode: string, message: string, fields?: string[]): SfErrorBody[] {
  return [{ message, errorCode, ...(fields ? { fields } : {}) }];
}

export function sfError(
  c: Context,
  status: ContentfulStatusCode,
  errorCode: string,
  message: string,
  fields?: string[],
): Response {
  return c.json(sfErrorBody(errorCode, message, fields), status);
}

export const NOT_FOUND_MESSAGE = 'The requested resource does not exist';
export const INVALID_SESSION_MESSAGE = 'Session expired or invalid';

export const notFound = (c: Context) => sfError(c, 404, 'NOT_FOUND', NOT_FOUND_MESSAGE);
export const invalidSession = (c: Context) =>
  sfError(c, 401, 'INVALID_SESSION_ID', INVALID_SESSION_MESSAGE);
