/** Where to land after signing in when nothing else was asked for. */
export const DEFAULT_RETURN_TO = '/loads/new';

/** Pages that make no sense to come back to after a sign-in. */
const NOT_A_DESTINATION = ['/connect', '/oauth/'];

/**
 * A `returnTo` value is only ever a path of this app: never another origin (`//evil.example`,
 * `https://…`), which would make the sign-in an open redirect.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return DEFAULT_RETURN_TO;
  }
  if (NOT_A_DESTINATION.some((prefix) => value.startsWith(prefix))) return DEFAULT_RETURN_TO;
  return value;
}

export function connectPathFor(returnTo: string): string {
  return `/connect?returnTo=${encodeURIComponent(returnTo)}`;
}
