/**
 * `GET /services/data/vXX.X/query?q=…` (and `queryAll`, and `query/<locator>` for the next
 * page): the SOQL subset of emulator/core/soql, answered in pages of `pageSize` records.
 */
import { Hono, type Context } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { createOrgSoqlSource } from '../core/soql/org-soql-source';
import { executeSoql } from '../core/soql/soql-executor';
import { SoqlError } from '../core/soql/soql-error';
import type { EmulatorEnv } from './http-env';
import { sfError } from './sf-error';

/** `Sforce-Query-Options: batchSize=n` accepts 200–2000 (Salesforce's documented range). */
const MIN_BATCH_SIZE = 200;
const MAX_BATCH_SIZE = 2000;

export function pageSizeFor(header: string | undefined, configured: number): number {
  const match = /batchSize\s*=\s*(\d+)/i.exec(header ?? '');
  if (!match) return configured;
  return Math.min(MAX_BATCH_SIZE, Math.max(MIN_BATCH_SIZE, Number(match[1])));
}

export function createQueryRoutes(org: EmulatorOrg): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();

  const query = (c: Context<EmulatorEnv>) => {
    const text = c.req.query('q');
    if (!text || text.trim() === '') {
      return sfError(c, 400, 'MALFORMED_QUERY', 'A query string has to be specified');
    }
    const version = c.get('apiVersion');
    try {
      const rows = executeSoql(text, createOrgSoqlSource(org, c.get('session').user.id), version);
      const pageSize = pageSizeFor(c.req.header('Sforce-Query-Options'), org.config.pageSize);
      return c.json(org.queryCursors.firstPage(rows, version, pageSize));
    } catch (error) {
      if (error instanceof SoqlError) return sfError(c, 400, error.errorCode, error.message);
      throw error;
    }
  };
  app.get('/query', query);
  app.get('/queryAll', query);

  const nextPage = (c: Context<EmulatorEnv>) => {
    const page = org.queryCursors.nextPage(c.req.param('locator') ?? '');
    if (!page) return sfError(c, 400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return c.json(page);
  };
  app.get('/query/:locator', nextPage);
  app.get('/queryAll/:locator', nextPage);

  return app;
}
