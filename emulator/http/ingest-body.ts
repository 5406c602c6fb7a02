/**
 * The bytes of an ingest call: the CSV of a PUT to `batches`, read once into a buffer sized by
 * Content-Length when the client sent one (so a 100 MB upload is not held twice), refused past
 * 150 MB after base64 (salesforce-api.md §1.4) or the demo org's lower `maxUploadBytes`; and
 * result files streamed out in chunks, gzipped when the client accepts it (§1.1).
 */
import { Buffer } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { base64Size } from '../core/ingest/http-choices';

export type UploadRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

/**
 * Reads the request body's bytes (the engine decodes them later, window by window). Straight
 * from Node's IncomingMessage when there is one: the web-stream adapter would copy every chunk.
 * Refused when its size after base64 passes `maxBytes`.
 */
export async function readUpload(
  request: Request,
  maxBytes: number,
  incoming?: IncomingMessage,
): Promise<UploadRead> {
  const tooLarge = (bytes: number) => base64Size(bytes) > maxBytes;
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && tooLarge(declared)) {
    await request.body?.cancel();
    return { ok: false, tooLarge: true };
  }
  const chunks: AsyncIterable<Uint8Array> | undefined =
    incoming !== undefined && !incoming.readableDidRead ? incoming : (request.body ?? undefined);
  let sized =
    Number.isInteger(declared) && declared >= 0 ? Buffer.allocUnsafe(declared) : undefined;
  const extra: Uint8Array[] = [];
  let bytes = 0;
  for await (const value of chunks ?? []) {
    if (tooLarge(bytes + value.byteLength)) {
      incoming?.resume();
      return { ok: false, tooLarge: true };
    }
    if (sized !== undefined && bytes + value.byteLength <= sized.length) {
      sized.set(value, bytes);
    } else {
      // More than Content-Length said: fall back to collecting chunks.
      if (sized !== undefined) extra.push(sized.subarray(0, bytes));
      sized = undefined;
      extra.push(value);
    }
    bytes += value.byteLength;
  }
  return {
    ok: true,
    bytes: sized !== undefined ? sized.subarray(0, bytes) : Buffer.concat(extra, bytes),
  };
}

/** A response body that pulls text chunks from the generator as the client reads. */
export function csvStream(chunks: Generator<string>, gzip: boolean): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      for (;;) {
        const next = chunks.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value !== '') {
          controller.enqueue(encoder.encode(next.value));
          return;
        }
      }
    },
    cancel() {
      chunks.return(undefined);
    },
  });
  return gzip
    ? stream.pipeThrough(
        new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
      )
    : stream;
}

export function acceptsGzip(header: string | undefined): boolean {
  return /\bgzip\b/i.test(header ?? '');
}
