import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** One headline figure: what, how much, over which period, compared with what, from whom. */
export function HeadlineCard({
  title,
  value,
  period,
  details,
  source,
  sourceHref,
  testId,
}: {
  title: string;
  value: ReactNode;
  period: ReactNode;
  details: ReactNode[];
  source: string;
  sourceHref: string;
  testId: string;
}) {
  return (
    <article className="flex flex-col rounded border border-line bg-white p-4" data-testid={testId}>
      <h3 className="text-sm font-semibold text-muted">{title}</h3>
      <p className="mt-2 text-3xl font-bold tracking-tight tabular-nums">{value}</p>
      <p className="mt-1 text-sm text-ink">{period}</p>
      <div className="mt-2 flex-1 space-y-1 text-xs text-muted">
        {details.map((detail, index) => (
          <p key={index}>{detail}</p>
        ))}
      </div>
      <p className="mt-3 border-t border-line pt-2 text-xs">
        <Link href={sourceHref} className="text-accent-strong underline">
          {source}
        </Link>
      </p>
    </article>
  );
}

export function HeadlineUnavailable({ title, message }: { title: string; message: string }) {
  return (
    <article className="rounded border border-dashed border-line bg-white p-4">
      <h3 className="text-sm font-semibold text-muted">{title}</h3>
      <p className="mt-2 text-sm text-muted">{message}</p>
    </article>
  );
}
