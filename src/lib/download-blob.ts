/**
 * The one way the console offers a file download (design.md §4: downloads are Blobs with an
 * object URL, never strings on the page): an object URL behind a hidden `<a download>`, released
 * once the click is handled. Result files of millions of rows stay a Blob throughout; small text
 * (an exported mapping) goes through `downloadText`, which wraps it in a Blob first.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers text as a file of the given media type (a saved mapping as JSON or `.sdl`). */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
