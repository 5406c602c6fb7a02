/** What Salesforce put on the redirect back to us (salesforce-api.md §5.2). */
export type CallbackParams =
  | { kind: 'code'; code: string; state: string }
  | { kind: 'error'; error: string; description: string }
  | { kind: 'missing' };

/** URLSearchParams decodes once, which is what a Salesforce code (often ending in `==`) needs. */
export function readCallbackParams(search: string): CallbackParams {
  const params = new URLSearchParams(search);
  const error = params.get('error');
  if (error) return { kind: 'error', error, description: params.get('error_description') ?? '' };
  const code = params.get('code');
  const state = params.get('state');
  // A code without a state fails the state check later, so it is never exchanged.
  if (code) return { kind: 'code', code, state: state ?? '' };
  return { kind: 'missing' };
}
