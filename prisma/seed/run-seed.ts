import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findImporter, runImport } from "@/lib/import";
import { loadPlaceDirectory } from "@/lib/places/directory";
import { seedPlaces } from "./places";
import { starterDataset } from "./starter";
import { loadStarterDataset } from "./starter-loader";

const DATA_DIR = path.join(import.meta.dirname, "data");

/** The real public datasets shipped in prisma/seed/data, in the order they must load. */
const SHIPPED_DATASETS = [
  // GED (final) before Candidate (provisional): Candidate then only adds what GED lacks.
  ["ucdp-ged", "ucdp_ged_events_mali_burkina_faso.csv"],
  ["ucdp-candidate", "ucdp_candidate_events_sahel_2021_2022.csv"],
  ["owid-ucdp-deaths", "owid_ucdp_deaths_country_year.csv"],
  ["idmc-gidd", "idmc_gidd_conflict_idps.csv"],
  ["unhcr-population", "unhcr_population_sahel.csv"],
] as const;

/** Every step of the default seed, in dependency order; each one is idempotent. */
export async function runSeed(db: PrismaClient, log: (line: string) => void): Promise<void> {
  const places = await seedPlaces(db);
  log(
    `places: ${places.placesInserted} inserted, ${places.placesUpdated} updated, ${places.aliasesInserted} aliases added`,
  );

  const directory = await loadPlaceDirectory(db);
  const resolveArea = (countryId: string, name: string) => {
    const resolution = directory.resolveArea(countryId, name);
    return resolution.kind === "resolved" ? resolution.areaId : null;
  };
  const tallies = await loadStarterDataset(db, starterDataset, resolveArea);
  for (const [kind, tally] of Object.entries(tallies)) log(`starter ${kind}: ${tally.toString()}`);

  for (const [name, file] of SHIPPED_DATASETS) {
    const importer = findImporter(name);
    if (!importer) throw new Error(`seed: no importer named "${name}"`);
    const filePath = path.join(DATA_DIR, file);
    // Re-importing an unchanged file would change nothing but still record an import run.
    const checksum = createHash("sha256")
      .update(await readFile(filePath))
      .digest("hex");
    const done = await db.importRun.findFirst({
      where: { importer: name, checksum, status: "SUCCEEDED" },
      select: { id: true },
    });
    if (done) {
      log(`${name}: already imported`);
      continue;
    }
    const report = await runImport(db, importer, { path: filePath });
    const { inserted, updated, unchanged, rejected } = report.counts;
    log(
      `${name}: ${inserted} inserted, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected`,
    );
  }
}
