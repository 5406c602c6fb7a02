import { QueryClient } from '@tanstack/react-query';

/** Server errors and dropped connections may pass; a 4xx or an ended session will not. */
const MAX_QUERY_RETRIES = 2;

function isPermanent(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { status, name } = error as { status?: unknown; name?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500) return true;
  return name === 'SessionExpiredError';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < MAX_QUERY_RETRIES && !isPermanent(error),
        refetchOnWindowFocus: false,
      },
    },
  });
}
