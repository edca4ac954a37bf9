"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/errors";

/**
 * Calls a server action from an interactive form: pending state, the last result, and a
 * success callback. The form's own state (what the user typed) is never reset by a failure.
 */
export function useServerAction<I, R>(action: (input: I) => Promise<ActionResult<R>>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<R> | null>(null);

  const run = useCallback(
    (input: I, onSuccess?: (data: R) => void) => {
      startTransition(async () => {
        const outcome = await action(input);
        setResult(outcome);
        if (outcome.ok) onSuccess?.(outcome.data);
      });
    },
    [action],
  );

  const reset = useCallback(() => setResult(null), []);
  return { run, pending, result, reset, failure: result && !result.ok ? result : null };
}
