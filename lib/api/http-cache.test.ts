import { describe, expect, it } from "vitest";
import { COMMIT_MARGIN_MS, etagOf, isNotModified, lastModifiedOf } from "./http-cache";

const at = (iso: string) => new Date(iso);

describe("lastModifiedOf", () => {
  it("gives the version's whole second once no later version can share it", () => {
    const changed = at("2026-01-01T10:00:00.400Z");
    const later = new Date(changed.getTime() + 1000 + COMMIT_MARGIN_MS);
    expect(lastModifiedOf(changed, later)?.toISOString()).toBe("2026-01-01T10:00:00.000Z");
  });

  it("gives none while a later commit could still fall in the same second", () => {
    const changed = at("2026-01-01T10:00:00.400Z");
    expect(lastModifiedOf(changed, at("2026-01-01T10:00:00.900Z"))).toBeNull();
    expect(lastModifiedOf(changed, at("2026-01-01T10:00:05.000Z"))).toBeNull();
  });
});

describe("isNotModified", () => {
  const validators = { etag: etagOf(42n, "abc"), lastModified: at("2026-01-01T10:00:00Z") };
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("matches If-None-Match weakly, in a list, or with *", () => {
    expect(isNotModified(headers({ "If-None-Match": 'W/"42-abc"' }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": '"42-abc"' }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": 'W/"1-x", W/"42-abc"' }), validators)).toBe(
      true,
    );
    expect(isNotModified(headers({ "If-None-Match": "*" }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": 'W/"43-abc"' }), validators)).toBe(false);
  });

  it("lets If-None-Match win over If-Modified-Since", () => {
    const both = headers({
      "If-None-Match": 'W/"43-abc"',
      "If-Modified-Since": "Thu, 01 Jan 2026 11:00:00 GMT",
    });
    expect(isNotModified(both, validators)).toBe(false);
  });

  it("compares If-Modified-Since with Last-Modified, ignoring garbage", () => {
    const since = (value: string) =>
      isNotModified(headers({ "If-Modified-Since": value }), validators);
    expect(since("Thu, 01 Jan 2026 10:00:00 GMT")).toBe(true);
    expect(since("Thu, 01 Jan 2026 09:59:59 GMT")).toBe(false);
    expect(since("yesterday")).toBe(false);
    expect(
      isNotModified(headers({ "If-Modified-Since": "Thu, 01 Jan 2026 10:00:00 GMT" }), {
        ...validators,
        lastModified: null,
      }),
    ).toBe(false);
  });
});
