/**
 * Offers a Blob as a file download (issue 6: result files of millions of rows): an object URL
 * behind a hidden `<a download>`, released once the click is handled. The Blob is never turned
 * into a string.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
