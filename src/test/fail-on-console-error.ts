import { afterEach, vi } from 'vitest';

// An unexpected console.error fails the test (design.md §8).
let errorSpy = vi.spyOn(console, 'error');
afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  errorSpy = vi.spyOn(console, 'error');
  if (calls.length > 0) {
    throw new Error(
      `console.error was called: ${calls.map((c) => c.map(String).join(' ')).join('\n')}`,
    );
  }
});
