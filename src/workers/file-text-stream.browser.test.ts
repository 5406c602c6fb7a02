import { describe, expect, it } from 'vitest';
import type { SupportedEncoding } from '../csv/encodings';
import { encodeUtf16 } from '../csv/test-support/legacy-encodings';
import { fileTextStream } from './file-text-stream';

async function readAll(stream: ReadableStream<string>): Promise<string[]> {
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

const fileOf = (bytes: Uint8Array) => new File([new Uint8Array(bytes)], 'x.csv');
const TEXT = 'Név,Város\r\nZoë,"東京 🚚"\r\n';

describe('fileTextStream reads a File as text in small fixed steps', () => {
  it.each<[string, SupportedEncoding, Uint8Array]>([
    ['UTF-8 with a BOM', 'utf-8', new TextEncoder().encode(`\uFEFF${TEXT}`)],
    ['UTF-16LE with a BOM', 'utf-16le', encodeUtf16(TEXT, true, true)],
    ['UTF-16BE with a BOM', 'utf-16be', encodeUtf16(TEXT, false, true)],
  ])(
    'never splits a character of %s across steps, and drops the BOM',
    async (_name, encoding, bytes) => {
      const chunks = await readAll(fileTextStream(fileOf(bytes), encoding, 3));
      expect(chunks.join('')).toBe(TEXT);
      expect(chunks.length).toBeGreaterThan(5);
      expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
    },
  );

  it('keeps a BOM of another encoding as text, as TextDecoder does', async () => {
    const bytes = new TextEncoder().encode(`\uFEFFName`);
    const chunks = await readAll(fileTextStream(fileOf(bytes), 'windows-1252'));
    expect(chunks.join('')).toBe('ï»¿Name');
  });

  it('errors with a TypeError at the first invalid byte instead of replacing it', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Name\nM'), 0xfc, 0x0a]);
    await expect(readAll(fileTextStream(fileOf(bytes), 'utf-8', 4))).rejects.toBeInstanceOf(
      TypeError,
    );
  });

  it('errors when the file ends inside a character', async () => {
    const bytes = new TextEncoder().encode('Zoë').slice(0, -1);
    await expect(readAll(fileTextStream(fileOf(bytes), 'utf-8'))).rejects.toBeInstanceOf(TypeError);
  });
});
