/**
 * The public API's errors: a stable code, an HTTP status, a message meant for the developer reading
 * it, and the parameter at fault. Every error body has the same shape (`errorBodySchema`); anything
 * unexpected becomes `internal_error` with a request id and no details.
 */
import { z } from "zod";

export const API_ERROR_STATUS = {
  invalid_parameter: 400,
  unknown_parameter: 400,
  not_found: 404,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]];

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly param?: string;

  constructor(code: ApiErrorCode, message: string, param?: string) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.param = param;
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }
}

export function invalidParameter(param: string, message: string): ApiError {
  return new ApiError("invalid_parameter", `${param}: ${message}`, param);
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).meta({ description: "Stable, machine-readable error code." }),
      message: z.string().meta({ description: "What went wrong, for the developer." }),
      param: z
        .string()
        .optional()
        .meta({ description: "The query or path parameter at fault, when there is one." }),
      request_id: z
        .string()
        .meta({ description: "Quote it when reporting a problem: it finds the server log line." }),
    }),
  })
  .meta({
    id: "Error",
    description: "Every error answers with this body.",
    example: {
      error: {
        code: "invalid_parameter",
        message: 'country: unknown value "xx"',
        param: "country",
        request_id: "5b0f7c1e-2a1d-4d43-9a57-3f0e8b0d8f51",
      },
    },
  });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * Failures of the database connection itself (pool exhausted, server down or starting): the
 * request may succeed if retried, so they answer 503 rather than 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|the database system is (starting up|shutting down)|too many clients/i.test(
    text,
  );
}
