/** `npm run bench:load -- --rows N --runs N`: the size of the CSV and how many alternated runs. */
export interface LoadBenchArgs {
  rows: number;
  runs: number;
}

export function parseLoadBenchArgs(argv: readonly string[]): LoadBenchArgs {
  const args: LoadBenchArgs = { rows: 1_000_000, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split('=', 2);
    if (flag !== '--rows' && flag !== '--runs')
      throw new Error(`Unknown option ${argv[i]}: use --rows N and --runs N`);
    const text = inline ?? argv[++i];
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${flag} needs a whole number of at least 1, not ${String(text)}`);
    args[flag === '--rows' ? 'rows' : 'runs'] = value;
  }
  return args;
}
