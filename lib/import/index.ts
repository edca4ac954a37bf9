/**
 * Dataset importers: one library for the CLI (scripts/import.ts) and the admin UI.
 * Deliberately free of "server-only" so that scripts and tests can use it.
 */
import { idmcImporter } from "./idmc";
import type { Importer } from "./importer";
import { owidDeathsImporter } from "./owid";
import { ucdpCandidateImporter, ucdpGedImporter } from "./ucdp";
import { unhcrImporter } from "./unhcr";

export const IMPORTERS: readonly Importer[] = [
  ucdpGedImporter,
  ucdpCandidateImporter,
  owidDeathsImporter,
  idmcImporter,
  unhcrImporter,
];

export function findImporter(name: string): Importer | undefined {
  return IMPORTERS.find((importer) => importer.name === name);
}

export { ImportRefusedError, type ImportInput } from "./csv";
export type { Importer } from "./importer";
export { formatReport, TRANSACTION_POLICY, type ImportReport, type RejectedRow } from "./report";
export { DEFAULT_BATCH_SIZE, runImport, type ImportOptions } from "./runner";
