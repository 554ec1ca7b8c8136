// When to remind the user to export a backup: the browser may clear this site's storage (it is not
// persistent) and something was saved after the last export.

/** Whether a reminder to export is due. `persisted` null: the browser does not say. */
export function backupDue(o: { persisted: boolean | null; lastChange: number; lastExport: number }): boolean {
  return o.persisted !== true && o.lastChange > 0 && o.lastChange > o.lastExport;
}
