import type { UploadAnswer, UploadRequest, UploadTransport } from './upload-transport';

/**
 * The browser's upload: XMLHttpRequest, because only it reports upload progress
 * (`xhr.upload.onprogress`); fetch has no request-progress events. The Blob is sent as is, so the
 * browser reads it from disk as it goes and never holds a 100 MB string.
 */
export const xhrUploadTransport: UploadTransport = (request: UploadRequest) =>
  new Promise<UploadAnswer>((resolve) => {
    const { url, headers, body, signal, onProgress } = request;
    if (signal?.aborted) {
      resolve({ kind: 'no-answer', reason: 'aborted', cause: signal.reason });
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);

    const onAbortSignal = () => xhr.abort();
    const settle = (answer: UploadAnswer) => {
      signal?.removeEventListener('abort', onAbortSignal);
      resolve(answer);
    };

    if (onProgress) {
      xhr.upload.onprogress = (event) =>
        onProgress({
          loaded: event.loaded,
          total: event.lengthComputable ? event.total : body.size,
        });
    }
    xhr.onload = () =>
      settle({
        kind: 'answered',
        status: xhr.status,
        body: xhr.responseText,
        contentType: xhr.getResponseHeader('Content-Type'),
      });
    // A CORS refusal, a dropped connection and a DNS failure all look the same from here.
    xhr.onerror = () => settle({ kind: 'no-answer', reason: 'network' });
    xhr.ontimeout = () => settle({ kind: 'no-answer', reason: 'network' });
    xhr.onabort = () => settle({ kind: 'no-answer', reason: 'aborted', cause: signal?.reason });

    signal?.addEventListener('abort', onAbortSignal, { once: true });
    xhr.send(body);
  });
