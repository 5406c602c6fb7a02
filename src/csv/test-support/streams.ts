/** Test helpers: web streams of text, cut into chunks where a test wants them. */
export function textStream(chunks: readonly string[]): ReadableStream<string> {
  return new ReadableStream<string>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** Cuts text into chunks of about `size` characters, never inside a surrogate pair (as decoders do). */
export function chunked(text: string, size: number): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    chunks.push(text.slice(at, end));
    at = end;
  }
  return chunks;
}

export function byteStream(
  bytes: Uint8Array,
  chunkSize = bytes.length || 1,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += chunkSize)
        controller.enqueue(bytes.slice(at, at + chunkSize));
      controller.close();
    },
  });
}
