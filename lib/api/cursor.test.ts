import { describe, expect, it } from "vitest";
import { cursorScope, decodeCursor, encodeCursor } from "./cursor";
import { ApiError } from "./errors";

const position = { key: "2024-03-01", id: "0f6c5d0a-6f3b-5c2e-9a8f-1d2e3f4a5b6c" };

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("cursors", () => {
  it("round-trip for the same sort and filters", () => {
    const scope = cursorScope({ country: ["BF"], limit: 10 });
    const token = encodeCursor("-date", scope, position);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token, "-date", scope)).toEqual(position);
  });

  it("ignore paging parameters and key order in the scope, not the filters", () => {
    expect(cursorScope({ limit: 5, country: ["BF"], cursor: "x" })).toBe(
      cursorScope({ country: ["BF"], fields: ["id"] }),
    );
    expect(cursorScope({ country: ["BF"] })).not.toBe(cursorScope({ country: ["ML"] }));
  });

  it("are refused, naming `cursor`, when forged, truncated or used elsewhere", () => {
    const scope = cursorScope({});
    const token = encodeCursor("-date", scope, position);
    for (const bad of [
      () => decodeCursor("%%%", "-date", scope),
      () => decodeCursor(token.slice(0, 10), "-date", scope),
      () => decodeCursor(Buffer.from("[2,1]").toString("base64url"), "-date", scope),
      () => decodeCursor(token, "date", scope),
      () => decodeCursor(token, "-date", cursorScope({ country: ["BF"] })),
    ]) {
      const error = refusal(bad);
      expect(error.status).toBe(400);
      expect(error.param).toBe("cursor");
    }
  });
});
