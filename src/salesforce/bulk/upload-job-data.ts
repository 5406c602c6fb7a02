import { isInvalidSession, parseSalesforceError } from '../salesforce-api-error';
import type { SessionAccess } from '../session/session-manager';
import { SessionExpiredError } from '../session/session-errors';
import type { UploadTarget } from './ingest-types';
import { IngestUploadError } from './ingest-upload-error';
import type { UploadProgress, UploadTransport } from './upload-transport';

/** §1.4: a stored upload answers exactly 201 Created with an empty body. */
const UPLOAD_CREATED = 201;
const UNAUTHORIZED = 401;

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** `instanceUrl + '/' + contentUrl`: contentUrl is relative with no leading slash (§1.2, §10). */
export function uploadUrl(instanceUrl: string, contentUrl: string): string {
  return `${instanceUrl.replace(/\/+$/, '')}/${contentUrl.replace(/^\/+/, '')}`;
}

/**
 * The one PUT of a job's CSV. Salesforce checks the session before it reads a byte of the body,
 * so a 401 INVALID_SESSION_ID means nothing was stored: that refusal, and only that one, is
 * answered by a refresh and one more PUT (the same rule as rest-client.ts). Every other failure,
 * and any outcome we cannot see, is an `upload-uncertain` IngestUploadError and is never retried.
 * Throws SessionExpiredError when the refresh fails (nothing was stored then either).
 */
export async function putJobData(
  deps: { sessions: SessionAccess; transport: UploadTransport },
  target: UploadTarget,
  body: Blob,
  options: UploadOptions = {},
): Promise<void> {
  let session = deps.sessions.currentSession();
  if (!session) throw new SessionExpiredError('signed-out');
  for (let refreshed = false; ; refreshed = true) {
    const answer = await deps.transport({
      url: uploadUrl(session.instanceUrl, target.contentUrl),
      headers: {
        Authorization: `Bearer ${session.accessToken}`,
        'Content-Type': 'text/csv',
        Accept: 'application/json',
      },
      body,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    if (answer.kind === 'no-answer') {
      throw new IngestUploadError('upload-uncertain', target.id, {
        reason: answer.reason,
        cause: answer.cause,
      });
    }
    if (answer.status === UPLOAD_CREATED) return;
    if (answer.status >= 200 && answer.status < 300) {
      throw new IngestUploadError('upload-uncertain', target.id, { reason: 'unexpected-answer' });
    }
    const apiError = parseSalesforceError(answer.status, answer.body, answer.contentType);
    if (!refreshed && answer.status === UNAUTHORIZED && isInvalidSession(apiError)) {
      session = await deps.sessions.refresh(session);
      continue;
    }
    throw new IngestUploadError('upload-uncertain', target.id, { reason: 'refused', apiError });
  }
}
