import Link from "next/link";
import { inter } from "@/components/layout/fonts";

// Reached only for paths outside any locale (the proxy sends everything else to /en or /fr).
export default function GlobalNotFound() {
  return (
    <html lang="en" className={inter.variable}>
      <body className="font-sans">
        <main className="mx-auto max-w-xl p-8">
          <h1 className="text-2xl font-semibold">Page not found · Page introuvable</h1>
          <p className="mt-4">
            <Link className="text-accent underline" href="/en">
              Dashboard
            </Link>{" "}
            ·{" "}
            <Link className="text-accent underline" href="/fr" lang="fr">
              Tableau de bord
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
