"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createSourceAction } from "@/lib/actions/sources";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { sourceFieldsSchema } from "@/lib/validations/sources";
import { FieldErrors, FormStatus } from "../form-feedback";
import { inputClass } from "../text-input";
import { fieldErrorsFromIssues } from "../issues";
import { useServerAction } from "../use-server-action";

/**
 * Proposes a source that is not in the list yet. It can be cited at once and waits in the
 * admins' approval queue.
 */
export function NewSourceForm({
  idPrefix,
  onCreated,
  onCancel,
}: {
  idPrefix: string;
  onCreated(source: { id: string; name: string }): void;
  onCancel(): void;
}) {
  const t = useTranslations("adminForm.newSource");
  const kinds = useTranslations("sourceKind");
  const { run, pending, failure } = useServerAction(createSourceAction);
  const [fields, setFields] = useState({ name: "", publisher: "", kind: "NEWS", homepageUrl: "" });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const id = (name: string) => `${idPrefix}-${name}`;

  function create() {
    const checked = sourceFieldsSchema.safeParse(fields);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues));
      return;
    }
    setErrors({});
    run(checked.data, (source) => onCreated(source));
  }

  return (
    <div className="space-y-3 rounded border border-line bg-paper p-3">
      <p className="text-sm font-medium">{t("title")}</p>
      {(["name", "publisher", "homepageUrl"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={id(name)} className="block text-sm font-medium">
            {t(name)}
          </label>
          <input
            id={id(name)}
            type={name === "homepageUrl" ? "url" : "text"}
            value={fields[name]}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `${id(name)}-error` : undefined}
            onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
            className={inputClass}
          />
          <FieldErrors id={`${id(name)}-error`} errors={errors[name]} />
        </div>
      ))}
      <div>
        <label htmlFor={id("kind")} className="block text-sm font-medium">
          {t("kind")}
        </label>
        <select
          id={id("kind")}
          value={fields.kind}
          onChange={(event) => setFields({ ...fields, kind: event.target.value })}
          className={inputClass}
        >
          {Object.values(SourceKind).map((kind) => (
            <option key={kind} value={kind}>
              {kinds(kind)}
            </option>
          ))}
        </select>
      </div>
      <FormStatus failure={failure} />
      <div className="flex gap-2">
        <button
          type="button"
          onClick={create}
          disabled={pending}
          className="rounded bg-accent-strong px-3 py-1 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("create")}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-line px-3 py-1 text-sm hover:bg-sand"
        >
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
