/**
 * How one PUT of a job's data travels (design.md §4): by XMLHttpRequest in the browser, for
 * `upload.onprogress`; by fetch with a Blob body where there is no XHR (Node tests). Never a
 * ReadableStream body: Chromium streams request bodies only over HTTP/2.
 * A transport sends exactly once and reports what happened; deciding what that means is
 * upload-job-data.ts's job.
 */

export interface UploadProgress {
  /** Bytes of the body sent so far. */
  loaded: number;
  total: number;
}

export interface UploadRequest {
  url: string;
  headers: Record<string, string>;
  body: Blob;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
}

export type UploadAnswer =
  | { kind: 'answered'; status: number; body: string; contentType: string | null }
  /** No HTTP answer: the connection failed, or the caller aborted mid-send. */
  | { kind: 'no-answer'; reason: 'network' | 'aborted'; cause?: unknown };

export type UploadTransport = (request: UploadRequest) => Promise<UploadAnswer>;
