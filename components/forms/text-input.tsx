"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldErrors } from "./form-feedback";

export const inputClass =
  "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-ink aria-[invalid=true]:border-accent-strong";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}

/** A labelled input whose errors and hint are announced with it. */
export function TextInput({ id, name, label, hint, errors, className, ...input }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy.length ? describedBy.join(" ") : undefined}
        className={inputClass}
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
