import type { SourceFileIdentity } from './load-store';

/** The part of a file hashed to know it again: enough to tell two exports apart, fast on any size. */
export const IDENTITY_HEAD_BYTES = 1024 * 1024;

/**
 * Name, size, last-modified time and a SHA-256 of the first MB (issue 5, Resume): a file dropped
 * again after a reload must be this one before its rows are sent.
 */
export async function sourceFileIdentity(file: File): Promise<SourceFileIdentity> {
  const head = await file.slice(0, IDENTITY_HEAD_BYTES).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', head));
  let headHash = '';
  for (const byte of digest) headHash += byte.toString(16).padStart(2, '0');
  return { name: file.name, size: file.size, lastModified: file.lastModified, headHash };
}

/** Why a file dropped again is not the load's file, or null when it is. */
export function fileMismatch(
  expected: SourceFileIdentity,
  actual: SourceFileIdentity,
): string | null {
  if (expected.name !== actual.name)
    return `This load was prepared from “${expected.name}”, not “${actual.name}”.`;
  if (expected.size !== actual.size || expected.headHash !== actual.headHash)
    return `“${actual.name}” has changed since the load was prepared (its size or content differs), so its rows may not be the ones planned. Start a new load with this file instead.`;
  if (expected.lastModified !== actual.lastModified)
    return `“${actual.name}” was saved again since the load was prepared. If you are sure the rows did not change, save nothing and drop the original file; otherwise start a new load.`;
  return null;
}
