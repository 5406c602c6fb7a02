/**
 * Paging of query results: over `pageSize` rows, a page says `done: false` and carries
 * `nextRecordsUrl` (`/services/data/vXX.X/query/01g…-2000`), which serves the next page.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm
 */
import { toId18 } from '../ids';
import type { QueryRows } from './soql-executor';

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Record<string, unknown>[];
}

export interface QueryCursors {
  firstPage(rows: QueryRows, apiVersion: string, pageSize: number): QueryPage;
  /** The page a `nextRecordsUrl` locator (`01g…-2000`) names; undefined when unknown or spent. */
  nextPage(locator: string): QueryPage | undefined;
  clear(): void;
}

/** Open cursors kept at once; the oldest goes first (Salesforce also limits open cursors). */
const MAX_OPEN_CURSORS = 50;
const LOCATOR_PREFIX = '01g';
const LOCATOR = /^(01g\w{15})-(\d+)$/;

interface Cursor {
  rows: QueryRows;
  apiVersion: string;
  pageSize: number;
}

export function createQueryCursors(): QueryCursors {
  const cursors = new Map<string, Cursor>();
  let sequence = 0;

  const page = (id: string, cursor: Cursor, offset: number): QueryPage => {
    const { rows, apiVersion, pageSize } = cursor;
    const end = offset + pageSize;
    const done = end >= rows.records.length;
    if (done) cursors.delete(id);
    return {
      totalSize: rows.totalSize,
      done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/v${apiVersion}/query/${id}-${end}` }),
      records: rows.records.slice(offset, end),
    };
  };

  return {
    firstPage(rows, apiVersion, pageSize) {
      if (rows.records.length <= pageSize)
        return { totalSize: rows.totalSize, done: true, records: rows.records };
      sequence += 1;
      const id = toId18(`${LOCATOR_PREFIX}${String(sequence).padStart(12, '0')}`);
      cursors.set(id, { rows, apiVersion, pageSize });
      if (cursors.size > MAX_OPEN_CURSORS) cursors.delete(cursors.keys().next().value!);
      return page(id, cursors.get(id)!, 0);
    },
    nextPage(locator) {
      const match = LOCATOR.exec(locator);
      const cursor = match ? cursors.get(match[1]!) : undefined;
      if (!match || !cursor) return undefined;
      return page(match[1]!, cursor, Number(match[2]));
    },
    clear: () => cursors.clear(),
  };
}
