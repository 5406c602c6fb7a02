/**
 * The source File of each load, held in this page's memory from the New load page to the
 * results page (which reads rows from it and retries from it). Never written anywhere: after a
 * reload the results page asks for the same file again and checks it is the same one.
 */
const files = new Map<string, File>();

export function keepSourceFile(loadId: string, file: File): void {
  files.set(loadId, file);
}

/** The load's file, if it was chosen or dropped in this page; null after a reload. */
export function sourceFileOf(loadId: string): File | null {
  return files.get(loadId) ?? null;
}

export function forgetSourceFile(loadId: string): void {
  files.delete(loadId);
}

/** Sign-out: no dropped file stays in the page for the next user. */
export function forgetAllSourceFiles(): void {
  files.clear();
}
