import "server-only";
import type { z } from "zod";
import { runAction, type ActionDefinition } from "./action-client";

/**
 * A mutating route handler through the same pipeline as server actions: the JSON body (or form
 * fields) is the input, the answer is `{ data }` or `{ error, fieldErrors? }` with the status of
 * the outcome (401, 403, 409, 422, …). `definition` lets the authorization matrix call it.
 */
export function defineRoute<S extends z.ZodType, R>(definition: ActionDefinition<S, R>) {
  const handler = async (request: Request): Promise<Response> => {
    let input: unknown;
    const type = request.headers.get("content-type") ?? "";
    try {
      input = type.includes("application/json")
        ? await request.json()
        : Object.fromEntries(await request.formData());
    } catch {
      return Response.json({ error: "invalid" }, { status: 400 });
    }
    const { requestContext } = await import("./request-context");
    const result = await runAction(definition, input, await requestContext());
    const headers = { "Cache-Control": "no-store" };
    if (result.ok) return Response.json({ data: result.data }, { headers });
    const { status, code, fieldErrors, conflict } = result;
    return Response.json({ error: code, fieldErrors, conflict }, { status, headers });
  };
  return Object.assign(handler, { definition });
}
