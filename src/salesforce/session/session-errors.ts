/** Why there is no usable session any more: the user has to sign in again. */
export type SessionEndReason = 'signed-out' | 'no-refresh-token' | 'refresh-refused';

export class SessionExpiredError extends Error {
  override readonly name = 'SessionExpiredError';
  readonly reason: SessionEndReason;

  constructor(reason: SessionEndReason, options?: { cause?: unknown }) {
    super(SESSION_END_MESSAGES[reason], options);
    this.reason = reason;
  }
}

const SESSION_END_MESSAGES: Record<SessionEndReason, string> = {
  'signed-out': 'Not signed in.',
  'no-refresh-token': 'The session ended and there is no refresh token to renew it.',
  'refresh-refused': 'The session ended and Salesforce refused to renew it.',
};

/**
 * An OAuth endpoint answered with `{"error","error_description"}` (salesforce-api.md §5.3);
 * jsforce raises it as an Error whose `name` is the error code.
 */
export class OAuthRequestError extends Error {
  override readonly name = 'OAuthRequestError';
  /** Salesforce's code: `invalid_grant`, `invalid_client_id`, `ERROR_HTTP_<status>`, … */
  readonly error: string;

  constructor(error: string, description: string) {
    super(description || error);
    this.error = error;
  }
}
