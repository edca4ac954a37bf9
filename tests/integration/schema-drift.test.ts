/**
 * prisma/schema.prisma and prisma/migrations must describe the same database: editing the schema
 * without creating a migration (npx prisma migrate dev --name …) fails the suite here.
 */
import { describe, expect, it } from "vitest";
import { checkMigrationDrift } from "@/scripts/prisma-engine/drift";

describe("schema and migrations", () => {
  it("are in sync", async () => {
    const { inSync, summary } = await checkMigrationDrift();
    expect(summary, "Create a migration: npx prisma migrate dev --name <change>").toBe(
      "No difference detected.",
    );
    expect(inSync).toBe(true);
  });
});
