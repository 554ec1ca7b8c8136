// Keeping what is saved: asking for persistent storage on the first save, and the backup reminder.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDue } from '../../src/model/backup';
import { createMemoryStore } from '../../src/storage/store';

describe('the backup reminder', () => {
  it('is due when the browser may clear the data and something changed since the last export', () => {
    expect(backupDue({ persisted: false, lastChange: 200, lastExport: 100 })).toBe(true);
    expect(backupDue({ persisted: null, lastChange: 200, lastExport: 100 })).toBe(true);
    // Persistent storage, nothing saved, or exported since: no reminder.
    expect(backupDue({ persisted: true, lastChange: 200, lastExport: 100 })).toBe(false);
    expect(backupDue({ persisted: false, lastChange: 0, lastExport: 0 })).toBe(false);
    expect(backupDue({ persisted: false, lastChange: 200, lastExport: 300 })).toBe(false);
  });
});

describe('persistent storage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is asked for once, on the first save, and its answer kept for Settings', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    const { saveScenario, hydrate } = await import('../../src/state/persist');
    const status = await import('../../src/state/storageStatus');
    await hydrate(() => createMemoryStore());
    expect(persist).not.toHaveBeenCalled();
    await saveScenario('First');
    await vi.waitFor(() => expect(status.persisted.value).toBe(true));
    await saveScenario('Second');
    await new Promise((r) => setTimeout(r, 10));
    expect(persist).toHaveBeenCalledTimes(1);
    // Settings reads the browser's own answer.
    await status.checkPersisted();
    expect(status.persisted.value).toBe(false);
    // Saved since no export: reminded; after an export, not.
    expect(status.backupReminder.value).toBe(true);
    status.exported(Date.now() + 1000);
    expect(status.backupReminder.value).toBe(false);
  });
});
