/** Filters of the staff lists, as they live in the URL (?q=…&status=…&page=…). */
import { z } from "zod";
import { PublicationStatus } from "@/lib/generated/prisma/enums";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const ADMIN_STATUS_FILTERS = [
  ...Object.values(PublicationStatus),
  "PENDING_CHANGE",
] as const;
export type AdminStatusFilter = (typeof ADMIN_STATUS_FILTERS)[number];

export const adminListFiltersSchema = z.object({
  q: z.preprocess(single, z.string().trim().max(100).optional().catch(undefined)),
  status: z.preprocess(single, z.enum(ADMIN_STATUS_FILTERS).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});

export type AdminListFilters = z.output<typeof adminListFiltersSchema>;

export const auditFiltersSchema = z.object({
  action: z.preprocess(single, z.string().trim().max(60).optional().catch(undefined)),
  actor: z.preprocess(single, z.string().trim().max(320).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;
