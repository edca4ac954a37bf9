"use client";

import type { ActionResult } from "@/lib/actions/errors";
import { useRouter } from "@/lib/i18n/navigation";
import { FormStatus } from "./form-feedback";
import { useServerAction } from "./use-server-action";

/** One button, one server action with a fixed input; the page refreshes after it succeeds. */
export function ActionButton<I, R>({
  action,
  input,
  label,
  confirm,
  tone = "secondary",
}: {
  action: (input: I) => Promise<ActionResult<R>>;
  input: I;
  label: string;
  /** Asked before running (a destructive step). */
  confirm?: string;
  tone?: "primary" | "secondary";
}) {
  const router = useRouter();
  const { run, pending, failure } = useServerAction(action);
  const style =
    tone === "primary"
      ? "bg-accent-strong text-white hover:bg-accent"
      : "border border-line bg-white hover:bg-sand";
  return (
    <span className="inline-block">
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          run(input, () => router.refresh());
        }}
        className={`rounded px-3 py-1 text-sm font-medium disabled:opacity-60 ${style}`}
      >
        {label}
      </button>
      {failure ? <FormStatus failure={failure} /> : null}
    </span>
  );
}
