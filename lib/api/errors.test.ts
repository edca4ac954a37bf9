import { describe, expect, it } from "vitest";
import { ApiError, invalidParameter, isDatabaseUnavailable } from "./errors";

describe("API errors", () => {
  it("carry their status and the parameter at fault", () => {
    const error = invalidParameter("limit", "at most 500");
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe("limit: at most 500");
    expect(new ApiError("not_found", "gone").status).toBe(404);
  });

  it("tell a database that is out of reach (retry later) from other failures", () => {
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is starting up"))).toBe(true);
    expect(isDatabaseUnavailable(new Error('relation "events" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable("boom")).toBe(false);
  });
});
