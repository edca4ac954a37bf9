import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * Staff area frame. Not a security boundary: every page and action checks its own permission.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div>
      {user ? <AdminNav user={user} /> : null}
      {children}
    </div>
  );
}
