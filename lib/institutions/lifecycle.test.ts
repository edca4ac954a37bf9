import { describe, expect, it } from "vitest";
import { buildLifecycle, type MilestoneInput } from "./lifecycle";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = day("2026-11-23");

function milestone(
  stage: MilestoneInput["stage"],
  date: string | null,
  datePrecision: MilestoneInput["datePrecision"] = "DAY",
): MilestoneInput {
  return { stage, date: date ? day(date) : null, datePrecision: date ? datePrecision : null };
}

const statuses = (milestones: MilestoneInput[], now = NOW) =>
  Object.fromEntries(
    buildLifecycle(milestones, now).steps.map((step) => [step.stage, step.status]),
  );

describe("buildLifecycle", () => {
  it("marks recorded stages done and the rest pending while things move", () => {
    const result = statuses(
      [milestone("ANNOUNCED", "2026-01-10"), milestone("SIGNED", "2026-06-01")],
      NOW,
    );
    expect(result).toMatchObject({
      ANNOUNCED: "done",
      TEXT_ADOPTED: "pending",
      SIGNED: "done",
      IN_FORCE: "pending",
      OPERATIONAL: "pending",
    });
  });

  it("calls the next stage stalled after a year without progress", () => {
    const result = statuses([milestone("ANNOUNCED", "2024-12-01", "MONTH")]);
    expect(result.ANNOUNCED).toBe("done");
    expect(result.TEXT_ADOPTED).toBe("stalled");
    expect(result.SIGNED).toBe("pending");
  });

  it("calls the next stage stalled when the institution is suspended, not when dissolved", () => {
    const suspended = statuses([
      milestone("ANNOUNCED", "2026-06-01"),
      milestone("SUSPENDED", "2026-09-01"),
    ]);
    expect(suspended.TEXT_ADOPTED).toBe("stalled");
    const dissolved = statuses([
      milestone("ANNOUNCED", "2020-06-01"),
      milestone("DISSOLVED", "2021-09-01"),
    ]);
    expect(dissolved.TEXT_ADOPTED).toBe("pending");
  });

  it("counts the days from announcement to operation, approximate for a month-precise date", () => {
    const { gap } = buildLifecycle(
      [milestone("ANNOUNCED", "2024-12-01", "MONTH"), milestone("OPERATIONAL", "2025-12-23")],
      NOW,
    );
    expect(gap).toEqual({ days: 387, operational: true, approximate: true });
  });

  it("counts the days since announcement while not operational", () => {
    const { gap } = buildLifecycle([milestone("ANNOUNCED", "2026-11-13")], NOW);
    expect(gap).toEqual({ days: 10, operational: false, approximate: false });
  });

  it("has no gap without a dated announcement, and keeps undated milestones as done", () => {
    const lifecycle = buildLifecycle(
      [milestone("ANNOUNCED", null), milestone("OPERATIONAL", null)],
      NOW,
    );
    expect(lifecycle.gap).toBeNull();
    expect(lifecycle.steps.find((step) => step.stage === "OPERATIONAL")?.status).toBe("done");
    expect(lifecycle.lastProgress).toBeNull();
  });
});
