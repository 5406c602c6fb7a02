/** Result files kept on request (issue 6), as Blobs in Chromium's real IndexedDB. */
import { describe, expect, it } from 'vitest';
import { throwawayForkliftDb } from '../test/throwaway-db';
import { createLoadStore, type Owner } from './load-store';
import { createResultFilesStore } from './result-files-store';

const freshDatabase = () => throwawayForkliftDb('forklift-result-files');

const ADMIN: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
const ANALYST: Owner = { ...ADMIN, userId: '005000000000002AAA' };
const csv = (text: string) => new Blob([text], { type: 'text/csv' });

describe('result files store', () => {
  it('gives back the kept file byte for byte, per user, load, job and kind', async () => {
    const db = await freshDatabase();
    const files = createResultFilesStore(async () => db);
    const body = '"sf__Id","sf__Created","Email"\n"003000000000001AAA","true","a@b.c"\n';
    await files.save(ADMIN, 'load-1', 'job-1', 'successfulResults', csv(body));
    await files.save(ADMIN, 'load-1', 'job-1', 'failedResults', csv('x\n'));
    const kept = await files.get(ADMIN, 'load-1', 'job-1', 'successfulResults');
    expect(await kept?.text()).toBe(body);
    expect(await files.get(ANALYST, 'load-1', 'job-1', 'successfulResults')).toBeUndefined();
    expect(await files.get(ADMIN, 'load-2', 'job-1', 'successfulResults')).toBeUndefined();
    expect(await files.sizeOf(ADMIN, 'load-1')).toBe(body.length + 2);
  });

  it('drops a load’s files on request, and with the load when it leaves history', async () => {
    const db = await freshDatabase();
    const files = createResultFilesStore(async () => db);
    const loads = createLoadStore(async () => db);
    await files.save(ADMIN, 'load-1', 'job-1', 'failedResults', csv('a\n'));
    await files.save(ADMIN, 'load-2', 'job-2', 'failedResults', csv('b\n'));
    await files.save(ADMIN, 'load-3', 'job-3', 'failedResults', csv('c\n'));
    await files.remove(ADMIN, 'load-1');
    expect(await files.sizeOf(ADMIN, 'load-1')).toBe(0);
    await loads.deleteLoad(ADMIN, 'load-2');
    expect(await files.get(ADMIN, 'load-2', 'job-2', 'failedResults')).toBeUndefined();
    expect(await files.sizeOf(ADMIN, 'load-3')).toBe(2);
    await loads.deleteAllLoads();
    expect(await files.sizeOf(ADMIN, 'load-3')).toBe(0);
  });
});
