import type { ReactNode } from "react";

export interface Column {
  key: string;
  label: ReactNode;
  numeric?: boolean;
  lang?: string;
}

/**
 * A data table that scrolls sideways on a phone instead of widening the page. The scrolling box is
 * a named, focusable region so that keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({
  label,
  caption,
  columns,
  minWidth,
  className = "",
  children,
}: {
  label: string;
  /** Visible caption; the label is used (for screen readers only) when absent. */
  caption?: ReactNode;
  columns: Column[];
  /** Below this width the table scrolls ("40rem"). */
  minWidth: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`relative overflow-x-auto ${className}`}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-sm" style={{ minWidth }}>
        <caption className={caption ? "mb-2 text-left text-sm text-muted" : "sr-only"}>
          {caption ?? label}
        </caption>
        <thead>
          <tr className="border-b border-line text-left">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                lang={column.lang}
                className={`px-3 py-2 font-semibold first:pl-0 ${column.numeric ? "text-right" : ""}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Cell padding matching the header's. */
export const CELL = "px-3 py-1.5 first:pl-0 align-top";
