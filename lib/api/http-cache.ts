/**
 * Conditional requests. The validators come from the data version (lib/data/api/data-version.ts):
 * one row in the database, bumped at the commit of any change to public records, so every app
 * instance derives the same ETag and a cache never serves a page older than the last publication
 * once it revalidates. Responses say `max-age=0, must-revalidate`: browsers and CDNs may keep them
 * but must ask again, and the answer to a matching If-None-Match is an empty 304.
 */

export const CACHE_CONTROL = "public, max-age=0, must-revalidate";

export interface Validators {
  etag: string;
  /** Null when it could not tell two versions apart (see lastModifiedOf). */
  lastModified: Date | null;
}

/** A weak ETag: the same data version and representation give the same tag, on every instance. */
export function etagOf(version: bigint | number | string, representation: string): string {
  return `W/"${String(version)}-${representation}"`;
}

/**
 * HTTP dates have whole seconds, so a Last-Modified is only given when no later version can share
 * its second. Stamps follow commit order, but a transaction is stamped a moment before its commit
 * becomes visible; a version read at `now` can only be followed by stamps later than
 * `now - COMMIT_MARGIN_MS`. Until that is past the version's second, only the ETag is given.
 */
export const COMMIT_MARGIN_MS = 10_000;

export function lastModifiedOf(changedAt: Date, now: Date): Date | null {
  const second = Math.floor(changedAt.getTime() / 1000) * 1000;
  return now.getTime() - COMMIT_MARGIN_MS >= second + 1000 ? new Date(second) : null;
}

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, "");
}

/** RFC 9110 §13.1: If-None-Match (weak comparison) wins over If-Modified-Since. */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === "*") return true;
    const wanted = opaqueTag(validators.etag);
    return ifNoneMatch.split(",").some((tag) => opaqueTag(tag) === wanted);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null || validators.lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && validators.lastModified.getTime() <= since;
}

export function validatorHeaders(validators: Validators): Record<string, string> {
  const headers: Record<string, string> = {
    ETag: validators.etag,
    "Cache-Control": CACHE_CONTROL,
  };
  if (validators.lastModified) headers["Last-Modified"] = validators.lastModified.toUTCString();
  return headers;
}
