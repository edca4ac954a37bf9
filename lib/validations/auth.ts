/**
 * Schemas for signing in and managing one's password. Error messages are catalog keys under
 * `validation.*`, translated where they are shown.
 */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .max(320, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

export const newPasswordSchema = z
  .string({ error: "required" })
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "tooLong" });

/** Only a path on this site: "//evil.example" and "https://…" are not. */
export const localPathSchema = z
  .string()
  .max(500)
  .refine((value) => value.startsWith("/") && !value.startsWith("//") && !value.includes("\\"), {
    error: "invalid",
  });

export const signInSchema = z.object({
  email: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(320),
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(PASSWORD_MAX_LENGTH),
  callbackUrl: localPathSchema.optional().catch(undefined),
});
export type SignInInput = z.infer<typeof signInSchema>;

const confirmed = <T extends { newPassword: string; confirmPassword: string }>(value: T) =>
  value.newPassword === value.confirmPassword;
const confirmIssue = { error: "passwordsDiffer", path: ["confirmPassword"] };

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "required" }).min(1, { error: "required" }).max(256),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "required" }),
  })
  .refine(confirmed, confirmIssue);

export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "invalid" });

export const acceptInvitationSchema = z
  .object({
    token: invitationTokenSchema,
    name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "required" }),
  })
  .refine(confirmed, confirmIssue);

export const localeSchema = z.enum(["en", "fr"]).catch("en");

export const signInFormSchema = signInSchema.extend({ locale: localeSchema });

export const signOutSchema = z.object({ locale: localeSchema });
