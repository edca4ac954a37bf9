/** Emails are stored and compared trimmed and lower-case: "Ana@Example.org " is "ana@example.org". */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
