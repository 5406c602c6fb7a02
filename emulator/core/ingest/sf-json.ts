/**
 * JSON as Salesforce writes it: doubles keep their `.0` (`"apiVersion" : 62.0`, salesforce-api.md
 * §1.2), compact by default and Jackson's pretty layout (`"key" : value`) under `X-PrettyPrint: 1`.
 */

/** A number that Java serialises as a double: always with a fraction (`62.0`). */
export class JsonDouble {
  constructor(readonly value: number) {}
}

export type SfJsonValue =
  string | number | boolean | null | JsonDouble | SfJsonValue[] | { [key: string]: SfJsonValue };

export function toSfJson(value: SfJsonValue, pretty = false): string {
  return pretty ? writePretty(value, '') : writeCompact(value);
}

function scalar(value: string | number | boolean | null | JsonDouble): string {
  if (value instanceof JsonDouble) {
    return Number.isInteger(value.value) ? value.value.toFixed(1) : String(value.value);
  }
  return JSON.stringify(value);
}

function isScalar(value: SfJsonValue): value is string | number | boolean | null | JsonDouble {
  return value === null || typeof value !== 'object' || value instanceof JsonDouble;
}

function writeCompact(value: SfJsonValue): string {
  if (isScalar(value)) return scalar(value);
  if (Array.isArray(value)) return `[${value.map(writeCompact).join(',')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}:${writeCompact(v)}`)
    .join(',')}}`;
}

function writePretty(value: SfJsonValue, indent: string): string {
  if (isScalar(value)) return scalar(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]';
    return `[ ${value.map((v) => writePretty(v, indent)).join(', ')} ]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{ }';
  const inner = `${indent}  `;
  const body = entries
    .map(([k, v]) => `${inner}${JSON.stringify(k)} : ${writePretty(v, inner)}`)
    .join(',\n');
  return `{\n${body}\n${indent}}`;
}
