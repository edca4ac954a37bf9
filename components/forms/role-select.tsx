"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeUserRoleAction } from "@/lib/actions/users";
import { Role } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import { FormStatus } from "./form-feedback";
import { useServerAction } from "./use-server-action";

/** Changes a member's role; their current sessions end at once. */
export function RoleSelect({ userId, role, name }: { userId: string; role: Role; name: string }) {
  const t = useTranslations("admin.users");
  const roles = useTranslations("adminEnums.role");
  const router = useRouter();
  const [chosen, setChosen] = useState<Role>(role);
  const { run, pending, failure } = useServerAction(changeUserRoleAction);
  const id = `role-${userId}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("roleOf", { name })}
      </label>
      <select
        id={id}
        value={chosen}
        onChange={(event) => {
          const next = Object.values(Role).find((value) => value === event.target.value);
          if (next) setChosen(next);
        }}
        className="rounded border border-line px-2 py-1 text-sm"
      >
        {Object.values(Role).map((value) => (
          <option key={value} value={value}>
            {roles(value)}
          </option>
        ))}
      </select>
      {chosen !== role ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => run({ userId, role: chosen }, () => router.refresh())}
          className="rounded bg-accent-strong px-2 py-1 text-sm font-medium text-white disabled:opacity-60"
        >
          {t("applyRole")}
        </button>
      ) : null}
      {failure ? <FormStatus failure={failure} /> : null}
    </div>
  );
}
