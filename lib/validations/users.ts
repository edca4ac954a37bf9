import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "./auth";

export const roleSchema = z.enum(Role, { error: "invalid" });

export const inviteUserSchema = z.object({
  email: emailSchema,
  name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120),
  role: roleSchema,
});

export const userIdSchema = z.object({ userId: z.uuid({ error: "invalid" }) });

export const changeRoleSchema = z.object({
  userId: z.uuid({ error: "invalid" }),
  role: roleSchema,
});

export const sessionIdSchema = z.object({ sessionId: z.uuid({ error: "invalid" }) });

export const invitationIdSchema = z.object({ invitationId: z.uuid({ error: "invalid" }) });
