/**
 * `GET /services/data/vXX.X/` (salesforce-api.md §4.2): resource names to paths, plus the
 * absolute `identity` URL that jsforce reads when it has no id URL of its own.
 */

const RESOURCES = [
  'tooling',
  'metadata',
  'folders',
  'chatter',
  'tabs',
  'appMenu',
  'quickActions',
  'queryAll',
  'analytics',
  'search',
  'identity',
  'composite',
  'parameterizedSearch',
  'theme',
  'nouns',
  'event',
  'recent',
  'connect',
  'licensing',
  'limits',
  'process',
  'query',
  'compactLayouts',
  'sobjects',
  'actions',
  'support',
  'jobs',
  'ui-api',
  'scheduling',
  'consent',
] as const;

export function resourceDirectory(apiVersion: string, identityUrl: string): Record<string, string> {
  return Object.fromEntries(
    RESOURCES.map((name) => [
      name,
      name === 'identity' ? identityUrl : `/services/data/v${apiVersion}/${name}`,
    ]),
  );
}
