/** The `process` package's browser shim (used by node-polyfills.ts); it ships no types. */
declare module 'process/browser' {
  const process: { env: Record<string, string | undefined>; browser: boolean };
  export default process;
}
