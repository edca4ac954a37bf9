import { describe, expect, it } from "vitest";
import { differingFields, syncRecord } from "./sync";

describe("differingFields", () => {
  it("compares dates by instant, arrays by content and treats undefined as null", () => {
    const existing = { at: new Date("2025-12-22"), tags: ["a"], note: null, n: 1 };
    expect(
      differingFields(existing, { at: new Date("2025-12-22"), tags: ["a"], note: undefined, n: 1 }),
    ).toEqual([]);
    expect(differingFields(existing, { at: new Date("2025-12-23"), tags: ["b"], n: 2 })).toEqual([
      "at",
      "tags",
      "n",
    ]);
  });
});

describe("syncRecord", () => {
  it("creates, then updates only changed fields, then leaves an equal record alone", async () => {
    let stored: Record<string, unknown> | null = null;
    const patches: unknown[] = [];
    const ops = {
      find: async () => stored,
      create: async (data: Record<string, unknown>) => {
        stored = { ...data };
      },
      update: async (patch: Record<string, unknown>) => {
        patches.push(patch);
        stored = { ...stored, ...patch };
      },
    };
    expect(await syncRecord({ a: 1, b: "x" }, ops)).toBe("inserted");
    expect(await syncRecord({ a: 1, b: "x" }, ops)).toBe("unchanged");
    expect(await syncRecord({ a: 2, b: "x" }, ops)).toBe("updated");
    expect(patches).toEqual([{ a: 2 }]);
  });
});
