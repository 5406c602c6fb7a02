/** Created once: building a NumberFormat is slow the first time (ICU data), formatting is not. */
const COUNT = new Intl.NumberFormat('en-US');
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const formatCount = (n: number) => COUNT.format(n);

export const formatMegabytes = (bytes: number) => `${ONE_DECIMAL.format(bytes / 1_000_000)} MB`;
