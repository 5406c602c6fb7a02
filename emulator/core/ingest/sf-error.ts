/**
 * The `sf__Error` text of a failed row (salesforce-api.md §1.12): `CODE:message:Field1,Field2 --`,
 * or `CODE:message:--` when the error names no field. Reproduces every [REAL] example there.
 */
export function formatSfError(
  code: string,
  message: string,
  fields: readonly string[] = [],
): string {
  return fields.length > 0 ? `${code}:${message}:${fields.join(',')} --` : `${code}:${message}:--`;
}
