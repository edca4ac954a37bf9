"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { searchActorsAction } from "@/lib/actions/lookups";
import { objectsIn } from "@/lib/workflow/json";
import { FieldErrors } from "../form-feedback";
import { inputClass } from "../text-input";
import { textOf, type FieldProps } from "./field-types";
import { SearchPicker } from "./search-picker";

/** The actors involved and their role in the event (side A, side B, participant, target). */
export function ActorsField({
  data,
  errors,
  onChange,
  roles,
  names,
}: FieldProps & { roles: readonly string[]; names: Record<string, string> }) {
  const t = useTranslations("adminForm.actors");
  const roleLabel = useTranslations("actorRole");
  const french = useLocale() === "fr";
  const [known, setKnown] = useState(names);
  const [adding, setAdding] = useState(false);
  const links = objectsIn(data.actors);
  const update = (next: Record<string, unknown>[]) => onChange({ actors: next });

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      {links.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
      <ul className="space-y-2">
        {links.map((link, index) => {
          const actorId = textOf(link.actorId);
          const roleId = `actor-role-${index}`;
          return (
            <li
              key={`${actorId}-${index}`}
              className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-2"
            >
              <span className="min-w-40 flex-1 font-medium">{known[actorId] ?? actorId}</span>
              <div>
                <label htmlFor={roleId} className="block text-xs text-muted">
                  {t("role")}
                </label>
                <select
                  id={roleId}
                  value={textOf(link.role)}
                  onChange={(event) =>
                    update(
                      links.map((item, at) =>
                        at === index ? { ...item, role: event.target.value } : item,
                      ),
                    )
                  }
                  className={inputClass}
                >
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(role)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                onClick={() => update(links.filter((_, at) => at !== index))}
                className="rounded border border-line px-3 py-2 text-sm hover:bg-sand"
              >
                {t("remove", { name: known[actorId] ?? "" })}
              </button>
            </li>
          );
        })}
      </ul>
      <FieldErrors id="actors-error" errors={errors.actors} />
      {adding ? (
        <SearchPicker
          label={t("search")}
          search={searchActorsAction}
          describe={(actor) => (french ? actor.nameFr : actor.nameEn)}
          onPick={(actor) => {
            setKnown({ ...known, [actor.id]: french ? actor.nameFr : actor.nameEn });
            update([
              ...links,
              { actorId: actor.id, role: roles.includes("PARTICIPANT") ? "PARTICIPANT" : roles[0] },
            ]);
            setAdding(false);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => setAdding(true)}
          className="rounded border border-line px-3 py-1 text-sm hover:bg-sand"
        >
          {t("add")}
        </button>
      )}
    </fieldset>
  );
}
