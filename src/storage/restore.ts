// Everything read back — from IndexedDB, an imported file or a share link — passes through one
// restore function per shape: defaults filled, invalid fields dropped (and named), old shapes migrated.
// The shapes themselves are domain types (src/model/domain.ts); this module is the one entry to their
// restore functions, one file per family of shapes.

export { EXPORT_VERSION, type ExportData, MAX_IMPORT_BYTES } from './exportFormat';
export type { Restored } from './restoreCommon';
export { restoreExport } from './restoreExport';
export { restoreOffer, restoreScenario, validateName } from './restoreRecords';
export { restoreCitySet, restoreInputs, restoreSettings } from './restoreSettings';
