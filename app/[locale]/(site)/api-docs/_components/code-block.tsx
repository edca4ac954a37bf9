/** A scrollable block of code that keyboard users can scroll too. */
export function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="max-h-96 overflow-auto rounded border border-line bg-white p-3 text-xs leading-relaxed"
    >
      <code>{code}</code>
    </pre>
  );
}

/** A table that scrolls sideways on narrow screens, reachable by keyboard. */
export function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded border border-line bg-white"
    >
      {children}
    </div>
  );
}
