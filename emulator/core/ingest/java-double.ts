/**
 * Java's `Double.toString`, which is how Salesforce re-renders double, currency and percent values
 * it echoes into result files (salesforce-api.md §1.9: `912260031` comes back as `9.12260031E8`).
 * Between 10^-3 and 10^7 it is plain decimal with at least one fraction digit (`1500.0`);
 * outside, "computerized scientific notation" (`1.0E7`, `1.5E-5`). Digits are the shortest that
 * round-trip, as in JDK 19 and later (and in JavaScript).
 */
const PLAIN_MIN = 1e-3;
const PLAIN_MAX = 1e7;

export function javaDoubleToString(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
    const plain = String(value);
    return plain.includes('.') ? plain : `${plain}.0`;
  }
  // toExponential() without an argument gives the shortest round-trip digits: "9.12260031e+8".
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${digits}E${exponent.startsWith('+') ? exponent.slice(1) : exponent}`;
}
