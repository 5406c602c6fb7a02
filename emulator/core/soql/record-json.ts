/**
 * How REST shows a record (query results and `GET /sobjects/{Object}/{id}`): an `attributes`
 * header, dateTimes as `2024-01-31T10:00:00.000+0000`, compound addresses as objects.
 */
import type { FieldValue, StoredRecord } from '../contracts';
import type { FieldType } from '../schema/types';

export interface RecordAttributes {
  type: string;
  url: string;
}

export function recordAttributes(
  objectName: string,
  id: string,
  apiVersion: string,
): RecordAttributes {
  return { type: objectName, url: `/services/data/v${apiVersion}/sobjects/${objectName}/${id}` };
}

/** `.000+0000`, the way Salesforce's REST API writes every dateTime. */
export function salesforceDateTime(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().replace('Z', '+0000');
}

const ADDRESS_PARTS = [
  ['city', 'City'],
  ['country', 'Country'],
  ['countryCode', 'CountryCode'],
  ['geocodeAccuracy', 'GeocodeAccuracy'],
  ['latitude', 'Latitude'],
  ['longitude', 'Longitude'],
  ['postalCode', 'PostalCode'],
  ['state', 'State'],
  ['stateCode', 'StateCode'],
  ['street', 'Street'],
] as const;

/** `BillingAddress` → `{city: BillingCity, …}`, or null when every part is empty. */
function addressValue(fieldName: string, record: StoredRecord): Record<string, FieldValue> | null {
  const prefix = fieldName.replace(/Address$/, '');
  const entries = ADDRESS_PARTS.filter(([, suffix]) => `${prefix}${suffix}` in record).map(
    ([key, suffix]) => [key, record[`${prefix}${suffix}`] ?? null] as const,
  );
  return entries.some(([, value]) => value !== null && value !== '')
    ? Object.fromEntries(entries)
    : null;
}

export function restFieldValue(
  field: { name: string; type: FieldType },
  record: StoredRecord,
): unknown {
  if (field.type === 'address') return addressValue(field.name, record);
  const value = record[field.name];
  if (value === undefined || value === null || value === '') return null;
  if (field.type === 'datetime' && typeof value === 'string') return salesforceDateTime(value);
  return value;
}

/** A whole record, every field of the object in describe order. */
export function restRecord(
  objectName: string,
  fields: readonly { name: string; type: FieldType }[],
  record: StoredRecord,
  apiVersion: string,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    attributes: recordAttributes(objectName, record.Id, apiVersion),
  };
  for (const field of fields) json[field.name] = restFieldValue(field, record);
  return json;
}
