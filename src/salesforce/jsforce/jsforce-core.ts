// The polyfills must be evaluated before jsforce (import order is evaluation order).
import '../node-polyfills';

export { OAuth2 } from 'jsforce/core';
export type { TokenResponse } from 'jsforce/core';
