/**
 * Hands a Blob to the browser as a file download: an object URL behind an `<a download>`,
 * released once the click has been handled (design.md §4: downloads are Blobs, never strings).
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download started with the click; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
