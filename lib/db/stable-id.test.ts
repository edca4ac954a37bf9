import { describe, expect, it } from "vitest";
import { stableUuid } from "./stable-id";

describe("stableUuid", () => {
  it("gives the same id for the same name and different ids for different names", () => {
    expect(stableUuid("event:bamako-summit")).toBe(stableUuid("event:bamako-summit"));
    expect(stableUuid("event:bamako-summit")).not.toBe(stableUuid("event:niamey-summit"));
  });

  it("is a well-formed version 5 UUID", () => {
    expect(stableUuid("x")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
