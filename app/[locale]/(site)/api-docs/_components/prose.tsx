/** Text from the OpenAPI document, with its `backticked` words shown as code. */
export function Prose({
  text,
  lang,
  className,
}: {
  text: string | null;
  lang?: string;
  className?: string;
}) {
  if (!text) return null;
  const parts = text.split("`");
  return (
    <p lang={lang} className={className}>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-sand px-1 font-mono text-[0.85em]">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </p>
  );
}
