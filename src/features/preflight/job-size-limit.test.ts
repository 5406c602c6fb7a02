import { describe, expect, it } from 'vitest';
import { BULK_JOB_MAX_CSV_BYTES } from '../../csv/write-bulk-csv';
import { JOB_MAX_BYTES_CEILING } from '../../lib/app-config';
import { withJobSizeLimit } from './job-size-limit';
import type { PrepareOptions } from './prepare-worker-client';

const options: PrepareOptions = {
  choice: { kind: 'exclude-error-rows' },
  trialRows: 0,
  sortByParent: false,
};

describe('withJobSizeLimit', () => {
  it('leaves the options alone without a test limit: jobs are cut at Salesforce’s own', () => {
    expect(withJobSizeLimit(options, undefined)).toBe(options);
    expect(withJobSizeLimit(options, undefined).limits).toBeUndefined();
  });

  it('cuts jobs at the test limit, keeping a rows-per-job limit', () => {
    expect(withJobSizeLimit(options, 4000).limits).toEqual({ maxBytes: 4000 });
    expect(withJobSizeLimit({ ...options, limits: { maxRows: 50 } }, 4000).limits).toEqual({
      maxRows: 50,
      maxBytes: 4000,
    });
  });

  it('never goes above Salesforce’s limit, the ceiling config.json is checked against', () => {
    expect(JOB_MAX_BYTES_CEILING).toBe(BULK_JOB_MAX_CSV_BYTES);
    expect(withJobSizeLimit(options, BULK_JOB_MAX_CSV_BYTES * 2).limits).toEqual({
      maxBytes: BULK_JOB_MAX_CSV_BYTES,
    });
  });
});
