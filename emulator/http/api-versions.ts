/**
 * The API versions a current org serves (salesforce-api.md §4.1): 31.0 (Summer '14) through
 * 66.0 (Spring '26). 7.0–30.0 are retired and answer 410 GONE; anything else is 404.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/api_rest_eol.htm
 */

export const OLDEST_VERSION = 31;
export const NEWEST_VERSION = 66;
const OLDEST_RETIRED_VERSION = 7;
const SEASONS = ['Summer', 'Winter', 'Spring'] as const;

export interface ApiVersionEntry {
  label: string;
  url: string;
  version: string;
}

/** Three releases a year: v31 was Summer '14, v32 Winter '15, v33 Spring '15, … */
export function releaseLabel(major: number): string {
  const index = major - OLDEST_VERSION;
  const season = SEASONS[((index % 3) + 3) % 3]!;
  const year = 14 + Math.floor((index + 2) / 3);
  return `${season} '${String(year).padStart(2, '0')}`;
}

export function apiVersions(): ApiVersionEntry[] {
  const versions: ApiVersionEntry[] = [];
  for (let major = OLDEST_VERSION; major <= NEWEST_VERSION; major++) {
    versions.push({
      label: releaseLabel(major),
      url: `/services/data/v${major}.0`,
      version: `${major}.0`,
    });
  }
  return versions;
}

export type VersionCheck =
  { kind: 'served'; version: string } | { kind: 'retired' } | { kind: 'unknown' };

/** Reads a `vXX.X` path segment (`latest` is an alias for the newest version). */
export function checkVersionSegment(segment: string): VersionCheck {
  if (segment.toLowerCase() === 'latest') return { kind: 'served', version: `${NEWEST_VERSION}.0` };
  const match = /^v(\d+)\.0$/.exec(segment);
  if (!match) return { kind: 'unknown' };
  const major = Number(match[1]);
  if (major >= OLDEST_VERSION && major <= NEWEST_VERSION)
    return { kind: 'served', version: `${major}.0` };
  if (major >= OLDEST_RETIRED_VERSION && major < OLDEST_VERSION) return { kind: 'retired' };
  return { kind: 'unknown' };
}
