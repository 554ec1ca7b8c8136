import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'ml-comp';
/** The IndexedDB version. Each bump adds one `if (oldVersion < N)` step below; shipped steps never change. */
export const DB_VERSION = 3;
export const CURRENT = 'current';

/**
 * Stored values are typed `unknown`: whatever comes back is checked by a restore() in ./restore.ts,
 * because another version of the app, a browser extension or a bug may have written it.
 */
export interface MLCompDB extends DBSchema {
  inputs: { key: string; value: unknown };
  scenarios: { key: string; value: unknown };
  settings: { key: string; value: unknown };
  offers: { key: string; value: unknown };
}

export interface OpenEvents {
  /** Another tab wants a newer version: this connection has been closed. */
  onBlocking?: () => void;
  /** An older tab keeps the database open, so this one waits. */
  onBlocked?: () => void;
}

/** Opens (creating or upgrading) the app's database. */
export function openAppDB(name = DB_NAME, events: OpenEvents = {}): Promise<IDBPDatabase<MLCompDB>> {
  const open: Promise<IDBPDatabase<MLCompDB>> = openDB<MLCompDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('inputs');
        db.createObjectStore('scenarios', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('settings');
        db.createObjectStore('offers', { keyPath: 'id' });
        // Never used (the Cities choices are kept with the settings); version 3 deletes it again.
        (db as unknown as IDBPDatabase).createObjectStore('citySets', { keyPath: 'id' });
        // v1 kept the theme inside the inputs record and years as a number; move the theme to settings.
        // Years are migrated on read (restoreInputs), so an interrupted upgrade loses nothing.
        const inputs = tx.objectStore('inputs');
        const old = await inputs.get(CURRENT);
        if (old && typeof old === 'object' && 'theme' in old) {
          const { theme, ...rest } = old as Record<string, unknown>;
          await tx.objectStore('settings').put({ theme }, CURRENT);
          await inputs.put(rest, CURRENT);
        }
      }
      if (oldVersion < 3) {
        // The unused citySets store goes; every other store and record stays as it is.
        (db as unknown as IDBPDatabase).deleteObjectStore('citySets');
      }
    },
    blocked: () => events.onBlocked?.(),
    blocking: () => {
      // Let the newer version upgrade: close, and tell the app it can no longer save here.
      void open.then((db) => db.close());
      events.onBlocking?.();
    },
  });
  return open;
}
