import type { BrowserContext, Page } from '@playwright/test';

/** One place the browser keeps data, and everything it holds there, as text to search. */
export interface StoragePlace {
  where: string;
  text: string;
  /** How many entries (keys, records, cookies) it held: a scan of nothing proves nothing. */
  entries: number;
}

/**
 * Everything the console's origin keeps in the browser, as text: localStorage, sessionStorage
 * (one place per key), every record and key of every IndexedDB store (Blobs and typed arrays
 * read as text), Cache Storage, and every cookie of the browser context (any origin).
 */
export async function dumpBrowserStorage(page: Page, context: BrowserContext) {
  const places = await page.evaluate(async (): Promise<StoragePlace[]> => {
    const asText = async (value: unknown): Promise<string> => {
      if (value === null || value === undefined) return String(value);
      if (typeof value === 'string') return value;
      if (typeof value !== 'object') return String(value as number | boolean | bigint);
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
      if (ArrayBuffer.isView(value))
        return new TextDecoder().decode(
          new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
        );
      if (value instanceof Date) return value.toISOString();
      const entries = value instanceof Map ? [...value.entries()] : Object.entries(value as object);
      const parts = await Promise.all(
        entries.map(async ([k, v]) => `${await asText(k)}=${await asText(v)}`),
      );
      return `{${parts.join(', ')}}`;
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });

    const found: StoragePlace[] = [];
    const local = Object.entries(localStorage);
    found.push({ where: 'localStorage', text: JSON.stringify(local), entries: local.length });
    for (const [key, value] of Object.entries(sessionStorage))
      found.push({ where: `sessionStorage ${key}`, text: `${key}=${value}`, entries: 1 });

    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([
          request(store.getAllKeys()),
          request(store.getAll()),
        ]);
        found.push({
          where: `IndexedDB ${name}/${storeName}`,
          text: (await Promise.all([...keys, ...values].map(asText))).join('\n'),
          entries: values.length,
        });
      }
      db.close();
    }

    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      const requests = await cache.keys();
      const bodies = await Promise.all(
        requests.map(async (r) => `${r.url} ${(await (await cache.match(r))?.text()) ?? ''}`),
      );
      found.push({
        where: `Cache Storage ${cacheName}`,
        text: bodies.join('\n'),
        entries: requests.length,
      });
    }
    return found;
  });
  const cookies = await context.cookies();
  places.push({
    where: 'cookies',
    text: cookies.map((c) => `${c.domain} ${c.name}=${c.value}`).join('\n'),
    entries: cookies.length,
  });
  return places;
}
