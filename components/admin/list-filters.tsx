import { getTranslations } from "next-intl/server";

export interface FilterField {
  name: string;
  label: string;
  value: string;
  /** A choice list when given (the first entry is "any"); else a text box. */
  options?: { value: string; label: string }[];
  type?: "search" | "text";
  placeholder?: string;
}

/** The filters of a staff list: a plain GET form, so every view is a shareable link. */
export async function ListFilters({ fields }: { fields: FilterField[] }) {
  const t = await getTranslations("admin.list");
  return (
    <form
      method="get"
      role="search"
      className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3"
    >
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        return (
          <div key={field.name}>
            <label htmlFor={id} className="block text-sm font-medium">
              {field.label}
            </label>
            {field.options ? (
              <select
                id={id}
                name={field.name}
                defaultValue={field.value}
                className="mt-1 rounded border border-line px-3 py-2"
              >
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={field.name}
                type={field.type ?? "search"}
                defaultValue={field.value}
                placeholder={field.placeholder}
                className="mt-1 rounded border border-line px-3 py-2"
              />
            )}
          </div>
        );
      })}
      <button type="submit" className="rounded border border-line bg-sand px-4 py-2 font-medium">
        {t("apply")}
      </button>
    </form>
  );
}
