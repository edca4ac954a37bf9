/**
 * Imports a dataset file into the database.
 *
 *   npm run import -- <importer> <file> [--dry-run] [--started-by <user id>]
 *
 * Prints the report: inserted / updated / unchanged / rejected, and the first 20 rejected rows with
 * row number, column and reason. Exit code 0 when the import ran (even with rejected rows), 1 when
 * the file was refused or the import failed (nothing written), 2 on a usage error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { IMPORTERS, ImportRefusedError, findImporter, formatReport, runImport } from "@/lib/import";

const USAGE = `usage: npm run import -- <importer> <file> [--dry-run] [--started-by <user id>]
importers:
${IMPORTERS.map((importer) => `  ${importer.name.padEnd(18)} ${importer.dataset}`).join("\n")}`;

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    "started-by": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.info(USAGE);
  process.exit(0);
}
const [importerName, file, ...extra] = positionals;
if (!importerName || !file || extra.length > 0)
  usageError("Expected an importer name and one file.");
const importer = findImporter(importerName);
if (!importer) usageError(`Unknown importer "${importerName}".`);
const startedBy = values["started-by"] ?? null;
if (
  startedBy !== null &&
  !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(startedBy)
) {
  usageError(`--started-by must be a user id (UUID), got "${startedBy}".`);
}

const db = createPrismaClient(resolveDatabaseUrl(), { max: 2, statementTimeoutMs: 120_000 });
const showProgress = process.stderr.isTTY;
try {
  const report = await runImport(
    db,
    importer,
    { path: path.resolve(file) },
    {
      dryRun: values["dry-run"],
      importedById: startedBy,
      onProgress: (rowsDone) => {
        if (showProgress) process.stderr.write(`\r${rowsDone} rows…`);
      },
    },
  );
  if (showProgress) process.stderr.write("\r");
  console.info(formatReport(report));
} catch (error) {
  if (showProgress) process.stderr.write("\r");
  if (error instanceof ImportRefusedError) {
    console.error(`Refused: ${error.message}\nNothing was written.`);
  } else {
    console.error(
      `Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
