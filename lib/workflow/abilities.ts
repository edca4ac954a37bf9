/** What a role may do with a kind of record, for pages deciding which controls to show. */
import { can } from "@/lib/permissions";
import { adapterFor, type Collection } from "./adapters";

export function mayCreate(collection: Collection, role: string): boolean {
  const { creatable, permissions } = adapterFor(collection);
  const permission = permissions.draft ?? permissions.write;
  return creatable && permission !== undefined && can(role, permission);
}
