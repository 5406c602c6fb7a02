/**
 * Half-up rounding of a decimal text to a number of fraction digits, done on the digits rather
 * than on the binary double, as Salesforce's BigDecimal does: `1.005` at scale 2 is `1.01`.
 */
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The value of `text` rounded half-up to `scale` fraction digits; NaN when it is no decimal. */
export function roundHalfUp(text: string, scale: number): number {
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) return Number.NaN;
  const [, sign = '', intPart = '', fracPart = '', exp = '0'] = match;
  // Shift the point by the exponent: all digits, and where the point falls among them.
  const digits = intPart + fracPart;
  let point = intPart.length + Number(exp);
  let padded = digits;
  if (point < 0) {
    padded = '0'.repeat(-point) + digits;
    point = 0;
  } else if (point > digits.length) {
    padded = digits + '0'.repeat(point - digits.length);
  }
  const keep = point + scale;
  if (padded.length <= keep)
    return Number(`${sign}${padded.slice(0, point) || '0'}.${padded.slice(point) || '0'}`);
  const kept = padded.slice(0, keep) || '0';
  const roundUp = padded.charCodeAt(keep) >= 53; // '5'
  const whole = roundUp ? incrementDigits(kept) : kept;
  const intDigits = whole.slice(0, whole.length - scale) || '0';
  const fraction = scale > 0 ? `.${whole.slice(whole.length - scale)}` : '';
  return Number(`${sign}${intDigits}${fraction}`);
}

function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '9') {
      chars[i] = '0';
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}

/** How many digits the integer part of |value| has (0 for values below 1). */
export function integerDigits(value: number): number {
  const whole = Math.floor(Math.abs(value));
  return whole === 0 ? 0 : whole.toFixed(0).length;
}
