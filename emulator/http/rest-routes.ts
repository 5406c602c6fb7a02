/**
 * REST resources under `/services/data/vXX.X` (salesforce-api.md §4): the resource directory,
 * describes, records by id and limits. Mounted behind requireApiVersion and requireSession.
 */
import { Hono } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { keyPrefixOf, normalizeId } from '../core/ids';
import { identityUrl } from '../core/oauth/identity-responses';
import { globalDescribeResponse, sobjectDescribeResponse } from '../core/schema/describe-response';
import { restRecord } from '../core/soql/record-json';
import type { EmulatorEnv } from './http-env';
import { resourceDirectory } from './resource-directory';
import { notFound, sfError } from './sf-error';

export function createRestRoutes(org: EmulatorOrg): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();

  app.get('/', (c) => {
    const identity = identityUrl(
      { orgId: org.orgId, publicUrl: org.config.publicUrl, now: org.clock.now() },
      c.get('session').user.id,
    );
    return c.json(resourceDirectory(c.get('apiVersion'), identity));
  });

  app.get('/sobjects', (c) => c.json(globalDescribeResponse(org.schema, c.get('apiVersion'))));

  app.get('/sobjects/:object', (c) => {
    const object = org.schema.getObject(c.req.param('object'));
    if (!object) return notFound(c);
    const entry = globalDescribeResponse(org.schema, c.get('apiVersion')).sobjects.find(
      (candidate) => candidate.name === object.name,
    );
    return c.json({ objectDescribe: entry, recentItems: [] });
  });

  app.get('/sobjects/:object/describe', (c) => {
    const object = org.schema.getObject(c.req.param('object'));
    if (!object) return notFound(c);
    return c.json(sobjectDescribeResponse(object, c.get('apiVersion'), org.config.publicUrl));
  });

  app.get('/sobjects/:object/:id', (c) => {
    const object = org.schema.getObject(c.req.param('object'));
    if (!object) return notFound(c);
    const rawId = c.req.param('id');
    const id = normalizeId(rawId);
    if (!id) {
      // A non-id here reads as an external id lookup without a field name.
      return sfError(
        c,
        404,
        'NOT_FOUND',
        `Provided external ID field does not exist or is not accessible: ${rawId}`,
      );
    }
    const record =
      keyPrefixOf(id) === object.keyPrefix ? org.store.get(object.name, id) : undefined;
    if (!record) return notFound(c);
    const wanted = c.req.query('fields');
    let fields = object.fields;
    if (wanted) {
      const names = wanted
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = names.find((name) => !org.schema.getField(object.name, name));
      if (unknown) {
        return sfError(
          c,
          400,
          'INVALID_FIELD',
          `No such column '${unknown}' on sobject of type ${object.name}`,
        );
      }
      fields = names.map((name) => org.schema.getField(object.name, name)!);
    }
    return c.json(restRecord(object.name, fields, record, c.get('apiVersion')));
  });

  app.get('/limits', (c) => c.json(org.limits.snapshot()));

  return app;
}
