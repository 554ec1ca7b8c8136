// The export file's shape and limits: small, so the first screen can write exports without loading the
// checks that read them back (./restoreExport, loaded when a file is imported).
import type { Inputs, OfferRecord, Scenario, Settings } from '../model/domain';

/** The version of the export file format (3: offers may carry private equity, ESPP, HSA, a clawback). */
export const EXPORT_VERSION = 3;
export const MAX_IMPORT_BYTES = 2_000_000;

export interface ExportData {
  app: 'ml-comp';
  schemaVersion: number;
  exportedAt: string;
  inputs: Inputs;
  settings: Settings;
  scenarios: Scenario[];
  offers: OfferRecord[];
}
