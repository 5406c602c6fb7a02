/**
 * The org's `/limits` (salesforce-api.md §4.5): our own numbers, shaped like a real org's
 * response. DailyApiRequests goes down with every authenticated REST call and DailyBulkApiBatches
 * with every ingest batch; the control plane can set any Remaining to test low-limit warnings.
 */

export interface LimitEntry {
  Max: number;
  Remaining: number;
}

export type LimitName = keyof typeof DEMO_ORG_LIMITS;

/** A sandbox-sized org (Enterprise Edition allowances), alphabetical like the real response. */
export const DEMO_ORG_LIMITS = {
  ActiveScratchOrgs: 0,
  AnalyticsExternalDataSizeMB: 40960,
  ConcurrentAsyncGetReportInstances: 200,
  ConcurrentSyncReportRuns: 20,
  DailyAnalyticsDataflowJobExecutions: 60,
  DailyApiRequests: 100000,
  DailyAsyncApexExecutions: 250000,
  DailyBulkApiBatches: 15000,
  DailyBulkV2QueryFileStorageMB: 976562,
  DailyBulkV2QueryJobs: 10000,
  DailyDurableStreamingApiEvents: 10000,
  DailyGenericStreamingApiEvents: 10000,
  DailyStandardVolumePlatformEvents: 10000,
  DailyStreamingApiEvents: 10000,
  DailyWorkflowEmails: 2000,
  DataStorageMB: 1024,
  DurableStreamingApiConcurrentClients: 20,
  FileStorageMB: 1024,
  HourlyAsyncReportRuns: 1200,
  HourlyDashboardRefreshes: 200,
  HourlyDashboardResults: 5000,
  HourlyDashboardStatuses: 999999999,
  HourlyODataCallout: 1000,
  HourlyPublishedPlatformEvents: 250000,
  HourlySyncReportRuns: 500,
  HourlyTimeBasedWorkflow: 1000,
  MassEmail: 10,
  PermissionSets: 1500,
  SingleEmail: 15,
  StreamingApiConcurrentClients: 20,
} as const satisfies Record<string, number>;

export interface OrgLimits {
  /** The `/limits` response body. */
  snapshot(): Record<string, LimitEntry>;
  get(name: string): LimitEntry | undefined;
  /** Uses up `count` (never below 0); false when the limit was already exhausted. */
  consume(name: LimitName, count?: number): boolean;
  /** Sets Remaining (and optionally Max) of a limit; false for an unknown limit. */
  set(name: string, values: Partial<LimitEntry>): boolean;
  reset(): void;
}

export function isLimitName(name: string): name is LimitName {
  return Object.hasOwn(DEMO_ORG_LIMITS, name);
}

export function createOrgLimits(): OrgLimits {
  const entries = new Map<string, LimitEntry>();
  const reset = () => {
    entries.clear();
    for (const [name, max] of Object.entries(DEMO_ORG_LIMITS)) {
      entries.set(name, { Max: max, Remaining: max });
    }
  };
  reset();
  return {
    snapshot: () => Object.fromEntries([...entries].map(([name, entry]) => [name, { ...entry }])),
    get: (name) => {
      const entry = entries.get(name);
      return entry && { ...entry };
    },
    consume(name, count = 1) {
      const entry = entries.get(name);
      if (!entry || entry.Remaining <= 0) return false;
      entry.Remaining = Math.max(0, entry.Remaining - count);
      return true;
    },
    set(name, values) {
      const entry = entries.get(name);
      if (!entry) return false;
      if (values.Max !== undefined) entry.Max = values.Max;
      if (values.Remaining !== undefined) entry.Remaining = values.Remaining;
      return true;
    },
    reset,
  };
}
