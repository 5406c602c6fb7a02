import type { UploadAnswer, UploadRequest, UploadTransport } from './upload-transport';

/**
 * The upload where there is no XMLHttpRequest (Node): fetch with the Blob itself as the body,
 * never a ReadableStream (design.md §4). fetch reports no send progress, so progress is reported
 * once, when Salesforce has answered and every byte is known to have gone.
 */
export function fetchUploadTransport(
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): UploadTransport {
  return async ({
    url,
    headers,
    body,
    signal,
    onProgress,
  }: UploadRequest): Promise<UploadAnswer> => {
    if (signal?.aborted) return { kind: 'no-answer', reason: 'aborted', cause: signal.reason };
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'PUT',
        headers,
        body,
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) return { kind: 'no-answer', reason: 'aborted', cause: signal.reason };
      return { kind: 'no-answer', reason: 'network', cause: error };
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      // The status arrived; the body did not. The status is what decides an upload.
      text = '';
    }
    if (response.ok) onProgress?.({ loaded: body.size, total: body.size });
    return {
      kind: 'answered',
      status: response.status,
      body: text,
      contentType: response.headers.get('Content-Type'),
    };
  };
}
