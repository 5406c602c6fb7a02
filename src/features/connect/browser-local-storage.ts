import {
  createMemoryStorage,
  type KeyValueStorage,
} from '../../salesforce/session/key-value-storage';

/** localStorage, or a page-long stand-in where the browser refuses it (privacy settings). */
export function browserLocalStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    storage.getItem('forklift.probe');
    return storage;
  } catch {
    return createMemoryStorage();
  }
}
