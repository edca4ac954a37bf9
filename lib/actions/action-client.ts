/**
 * The one mutation pipeline. Every server action and every mutating route handler is built with
 * `defineAction` and runs through `runAction`:
 *
 *   authenticate → zod safeParse → authorize (role → permission table) → data layer, in one
 *   transaction → audit row (same transaction) → revalidate
 *
 * It fails closed (no user, unknown role, unknown permission → denied), and masks unexpected
 * errors: the caller gets `internal` and a reference, the log gets the details. The server
 * action a component calls is a thin shell that builds the request context (session, client
 * address) and hands over to `runAction`; tests call `runAction` with their own context.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { recordAudit, type AuditRecordRef } from "@/lib/audit/record";
import type { SignedInUser } from "@/lib/auth/signed-in-user";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { can, type Permission } from "@/lib/permissions";
import { AppError, failure, type ActionResult, type FieldErrors } from "./errors";

export type Db = Prisma.TransactionClient;

/** Everything a handler may use: the transaction, the signed-in user, the client's address. */
export interface HandlerContext {
  db: Db;
  user: SignedInUser | null;
  ipAddress: string | null;
  userAgent: string | null;
}

/** The signed-in user of a handler whose access is not `public` (runAction checked it). */
export function requireUser(context: { user: SignedInUser | null }): SignedInUser {
  if (!context.user) throw new AppError("unauthenticated");
  return context.user;
}

/** What the caller supplies: the Next request context in the app, a fixture in tests. */
export interface ActionContext {
  db: PrismaClient;
  user: SignedInUser | null;
  ipAddress: string | null;
  userAgent: string | null;
  revalidate(paths: string[]): void;
}

/**
 * Who may call: anyone (`public`: sign-in, accepting an invitation), any signed-in staff member
 * (`signed-in`: their own password), or a permission — fixed, or derived from the parsed input
 * (the workflow actions serve several record types; "denied" when the step does not exist).
 */
export type Access<I> = "public" | "signed-in" | Permission | ((input: I) => Permission | "denied");

export interface ActionDefinition<S extends z.ZodType, R> {
  /** Stable name, used in the audit log and the authorization matrix ("events.save"). */
  name: string;
  schema: S;
  access: Access<z.output<S>>;
  handler(input: z.output<S>, context: HandlerContext): Promise<R>;
  /** Reads (searches for pickers) skip the audit row. Defaults to true. */
  mutates?: boolean;
  /** Which record the audit row is about, and a few details; false when the handler audits. */
  audit?: false | ((input: z.output<S>, result: R) => AuditRecordRef);
  /** Paths (without locale) whose rendering depends on what changed. */
  revalidate?: (input: z.output<S>, result: R) => string[];
  /** Without a transaction, for handlers that call out (the Auth.js sign-in). */
  transaction?: boolean;
}

export type ServerAction<S extends z.ZodType, R> = ((
  input: z.input<S>,
) => Promise<ActionResult<R>>) & {
  definition: ActionDefinition<S, R>;
};

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

function requiredPermission<I>(access: Access<I>, input: I): Permission | "denied" | null {
  if (access === "public" || access === "signed-in") return null;
  return typeof access === "function" ? access(input) : access;
}

function mapKnownDatabaseError(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  // Unique violation: a concurrent writer took the same slot (revision number, slug, …).
  if (error.code === "P2002") return new AppError("conflict");
  if (error.code === "P2025") return new AppError("not_found");
  // Foreign key violation: a referenced record does not exist (or is still referenced).
  if (error.code === "P2003") return new AppError("invalid", "reference");
  return null;
}

export async function runAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  rawInput: unknown,
  context: ActionContext,
): Promise<ActionResult<R>> {
  const { user } = context;
  try {
    if (definition.access !== "public" && !user) throw new AppError("unauthenticated");

    // A form posted without JavaScript arrives as FormData: its fields are the input.
    const fields = rawInput instanceof FormData ? Object.fromEntries(rawInput) : rawInput;
    const parsed = definition.schema.safeParse(fields);
    if (!parsed.success) {
      throw new AppError("invalid", undefined, { fieldErrors: fieldErrorsOf(parsed.error) });
    }
    const input: z.output<S> = parsed.data;

    const permission = requiredPermission(definition.access, input);
    if (permission !== null && (permission === "denied" || !can(user?.role, permission))) {
      throw new AppError("forbidden");
    }

    const execute = async (db: Db): Promise<R> => {
      const result = await definition.handler(input, {
        db,
        user,
        ipAddress: context.ipAddress,
        userAgent: context.userAgent,
      });
      if (definition.mutates !== false && definition.audit !== false) {
        await recordAudit(db, {
          action: definition.name,
          user,
          ipAddress: context.ipAddress,
          ...definition.audit?.(input, result),
        });
      }
      return result;
    };
    const data =
      definition.transaction === false
        ? await execute(context.db)
        : await context.db.$transaction(execute, { maxWait: 5_000, timeout: 20_000 });

    const paths = definition.revalidate?.(input, data) ?? [];
    if (paths.length > 0) context.revalidate(paths);
    return { ok: true, data };
  } catch (error) {
    // Next's redirect()/notFound() travel as exceptions: let them through untouched.
    unstable_rethrow(error);
    if (error instanceof AppError) {
      if (error.status === 401 || error.status === 403) {
        log.warn("action denied", {
          action: definition.name,
          code: error.code,
          userId: user?.id ?? null,
        });
      }
      return failure(error);
    }
    const known = mapKnownDatabaseError(error);
    if (known) return failure(known);
    const reference = randomUUID();
    log.error("action failed", {
      action: definition.name,
      reference,
      error,
      stack: error instanceof Error ? error.stack : undefined,
    });
    return failure(new AppError("internal", reference));
  }
}

/**
 * A server action: `export const saveRecord = defineAction({...})` in a "use server" module.
 * The request context is imported lazily so that tests, which call `runAction` directly, never
 * load Auth.js or Next's request APIs.
 */
export function defineAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
): ServerAction<S, R> {
  const action = async (input: z.input<S>): Promise<ActionResult<R>> => {
    const { requestContext } = await import("./request-context");
    return runAction(definition, input, await requestContext());
  };
  return Object.assign(action, { definition });
}

/** Whether a module export was built by `defineAction` (the authorization matrix checks it). */
export function isDefinedAction(value: unknown): value is ServerAction<z.ZodType, unknown> {
  return (
    typeof value === "function" &&
    "definition" in value &&
    typeof (value as { definition?: { name?: unknown } }).definition?.name === "string"
  );
}
