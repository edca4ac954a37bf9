-- CreateEnum
CREATE TYPE "record_type" AS ENUM ('EVENT', 'INSTITUTION', 'MILESTONE', 'INDICATOR', 'OBSERVATION', 'ASSESSMENT', 'ACTOR', 'PLACE', 'SOURCE');

-- CreateEnum
CREATE TYPE "revision_action" AS ENUM ('CREATE', 'UPDATE', 'SUBMIT', 'REJECT', 'PUBLISH', 'RETRACT', 'REVERT', 'DISCARD', 'APPROVE', 'GRADE', 'MERGE');

-- AlterTable
ALTER TABLE "indicators" ADD COLUMN     "published_at" TIMESTAMPTZ,
ADD COLUMN     "retraction_reason" TEXT;

-- AlterTable
ALTER TABLE "institutions" ADD COLUMN     "retraction_reason" TEXT;

-- AlterTable
ALTER TABLE "milestones" ADD COLUMN     "retraction_reason" TEXT;

-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "retraction_reason" TEXT;

-- AlterTable
ALTER TABLE "places" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "territorial_assessments" ADD COLUMN     "retraction_reason" TEXT;

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "ip_address" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "invited_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "accepted_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email_key" TEXT NOT NULL,
    "ip_address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revisions" (
    "id" UUID NOT NULL,
    "record_type" "record_type" NOT NULL,
    "record_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "action" "revision_action" NOT NULL,
    "pending" BOOLEAN NOT NULL DEFAULT false,
    "public_at" TIMESTAMPTZ,
    "before" JSONB,
    "after" JSONB,
    "changed_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "changes_figures" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pending_changes" (
    "id" UUID NOT NULL,
    "record_type" "record_type" NOT NULL,
    "record_id" TEXT NOT NULL,
    "state" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "pending_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "record_type" TEXT,
    "record_id" TEXT,
    "ip_address" TEXT,
    "details" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_sessions_user_id_created_at_idx" ON "user_sessions"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_email_idx" ON "invitations"("email");

-- CreateIndex
CREATE INDEX "sign_in_attempts_email_key_created_at_idx" ON "sign_in_attempts"("email_key", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempts_ip_address_created_at_idx" ON "sign_in_attempts"("ip_address", "created_at");

-- CreateIndex
CREATE INDEX "revisions_record_type_record_id_public_at_idx" ON "revisions"("record_type", "record_id", "public_at");

-- CreateIndex
CREATE INDEX "revisions_author_id_created_at_idx" ON "revisions"("author_id", "created_at");

-- CreateIndex
CREATE INDEX "revisions_created_at_idx" ON "revisions"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "revisions_record_type_record_id_number_key" ON "revisions"("record_type", "record_id", "number");

-- CreateIndex
CREATE INDEX "pending_changes_state_updated_at_idx" ON "pending_changes"("state", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "pending_changes_record_type_record_id_key" ON "pending_changes"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_log_action_occurred_at_idx" ON "audit_log"("action", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_log_record_type_record_id_idx" ON "audit_log"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_occurred_at_idx" ON "audit_log"("actor_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only for everyone connecting as the application: rows can be inserted
-- and read, never changed or removed. Row triggers catch UPDATE and DELETE, a statement trigger
-- catches TRUNCATE (which row triggers do not see).
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
