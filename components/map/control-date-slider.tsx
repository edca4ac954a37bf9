"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

const DAY_MS = 86_400_000;
const DELAY_MS = 350;

function toDay(index: number, first: number): string {
  return new Date(first + index * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Picks the date of the territorial-control layer. Moving the slider updates the address (the
 * server draws the assessments valid on that day); without JavaScript the surrounding form's
 * submit button does the same with the hidden field.
 */
export function ControlDateSlider({
  first,
  last,
  value,
  label,
  locale,
}: {
  first: string;
  last: string;
  value: string;
  label: string;
  locale: string;
}) {
  const router = useRouter();
  const id = useId();
  const start = Date.parse(`${first}T00:00:00Z`);
  const days = Math.max(0, Math.round((Date.parse(`${last}T00:00:00Z`) - start) / DAY_MS));
  const initial = Math.min(
    days,
    Math.max(0, Math.round((Date.parse(`${value}T00:00:00Z`) - start) / DAY_MS)),
  );
  const [index, setIndex] = useState(initial);
  const timer = useRef<number | undefined>(undefined);
  const day = toDay(index, start);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function change(next: number) {
    setIndex(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const params = new URLSearchParams(window.location.search);
      params.set("controlDate", toDay(next, start));
      params.delete("page");
      router.replace(`${window.location.pathname}?${params.toString()}`, { scroll: false });
    }, DELAY_MS);
  }

  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}: <output htmlFor={id}>{formatted}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={days}
        step={1}
        value={index}
        onChange={(event) => change(Number(event.target.value))}
        aria-valuetext={formatted}
        className="w-full accent-accent-strong"
      />
      <input type="hidden" name="controlDate" value={day} />
    </div>
  );
}
