import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, PERMISSION_TABLE, can, permissionsOf } from "./index";

describe("can", () => {
  it("denies anonymous readers, unknown roles and unknown permissions", () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
      expect(can("", permission)).toBe(false);
      expect(can("SUPERUSER", permission)).toBe(false);
      expect(can("admin", permission)).toBe(false); // roles are case-sensitive enum values
    }
    expect(can("ADMIN", "events.delete")).toBe(false);
    expect(can("ADMIN", "constructor")).toBe(false);
    expect(can("ADMIN", "__proto__")).toBe(false);
  });

  it("gives contributors drafts only", () => {
    expect(permissionsOf("CONTRIBUTOR").sort()).toEqual(
      [
        "admin.access",
        "assessments.draft",
        "events.draft",
        "indicators.draft",
        "institutions.draft",
        "sources.create",
      ].sort(),
    );
  });

  it("lets editors edit and submit but not publish, retract or manage", () => {
    expect(can("EDITOR", "events.write")).toBe(true);
    expect(can("EDITOR", "events.submit")).toBe(true);
    expect(can("EDITOR", "events.publish")).toBe(false);
    expect(can("EDITOR", "events.retract")).toBe(false);
    expect(can("EDITOR", "users.manage")).toBe(false);
    expect(can("EDITOR", "sources.curate")).toBe(false);
  });

  it("lets reviewers publish and retract, but not manage users or sources", () => {
    expect(can("REVIEWER", "events.publish")).toBe(true);
    expect(can("REVIEWER", "events.retract")).toBe(true);
    expect(can("REVIEWER", "users.manage")).toBe(false);
    expect(can("REVIEWER", "audit.read")).toBe(false);
  });

  it("gives admins every permission", () => {
    expect(permissionsOf("ADMIN")).toEqual(PERMISSIONS);
  });

  it("only names roles that exist in the schema, and each role's set grows with seniority", () => {
    const roles = Object.values(Role);
    for (const allowed of Object.values(PERMISSION_TABLE)) {
      for (const role of allowed) expect(roles).toContain(role);
    }
    const ladder = ["CONTRIBUTOR", "EDITOR", "REVIEWER", "ADMIN"] as const;
    for (let index = 1; index < ladder.length; index++) {
      const lower = permissionsOf(ladder[index - 1]);
      const higher = new Set(permissionsOf(ladder[index]));
      for (const permission of lower) expect(higher.has(permission)).toBe(true);
    }
  });
});
