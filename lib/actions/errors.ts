/**
 * Expected failures of a mutation, each with a stable code (translated in the UI under
 * `admin.errors.<code>`) and the HTTP status a route handler answers with. Anything else thrown
 * is unexpected: the action wrapper logs it and answers `internal` without details.
 */

export const ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  // Publishing a fatality or displacement figure one changed oneself.
  two_person_rule: 403,
  not_found: 404,
  // Stale version: someone saved in between.
  conflict: 409,
  // The record is not in a state that allows this step (e.g. publishing a draft not in review).
  invalid_state: 409,
  // Would break a reference (e.g. deleting a cited source).
  in_use: 409,
  invalid: 422,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

/** What a stale save is told: the version now stored, who saved it, and what differs. */
export interface ConflictDetails {
  currentVersion: number;
  changedFields: string[];
  changedBy: string | null;
  changedAt: string | null;
  /** The stored working copy, so the editor can compare it with their unsaved input. */
  current: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly conflict?: ConflictDetails;
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message?: string,
    extra: {
      fieldErrors?: FieldErrors;
      conflict?: ConflictDetails;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.conflict = extra.conflict;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface ActionFailure {
  ok: false;
  status: number;
  code: ErrorCode;
  /** Safe to show: never a stack, a query or a database message. */
  message?: string;
  fieldErrors?: FieldErrors;
  conflict?: ConflictDetails;
  retryAfterSeconds?: number;
}

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export function failure(error: AppError): ActionFailure {
  return {
    ok: false,
    status: error.status,
    code: error.code,
    message: error.message === error.code ? undefined : error.message,
    fieldErrors: error.fieldErrors,
    conflict: error.conflict,
    retryAfterSeconds: error.retryAfterSeconds,
  };
}
