import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPlaceDirectory } from "@/lib/places/directory";
import { seedPlaces } from "./places";
import { starterDataset } from "./starter";
import { loadStarterDataset } from "./starter-loader";

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
}
