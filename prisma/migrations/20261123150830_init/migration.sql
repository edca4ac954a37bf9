-- CreateEnum
CREATE TYPE "role" AS ENUM ('CONTRIBUTOR', 'EDITOR', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "place_kind" AS ENUM ('REGION', 'COUNTRY', 'ADMIN1');

-- CreateEnum
CREATE TYPE "actor_kind" AS ENUM ('STATE_FORCE', 'ARMED_GROUP', 'MILITIA', 'FOREIGN_FORCE', 'INTERNATIONAL_ORGANISATION', 'GOVERNMENT', 'PERSON', 'CIVILIANS', 'OTHER');

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('NEWS', 'OFFICIAL', 'NGO', 'INTERNATIONAL_ORGANISATION', 'ACADEMIC', 'DATASET', 'SOCIAL_MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "reliability_grade" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "source_status" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "publication_status" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "data_status" AS ENUM ('PROVISIONAL', 'FINAL');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('DAY', 'DAYS', 'WEEK', 'MONTH', 'QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "event_category" AS ENUM ('BATTLE', 'ATTACK', 'VIOLENCE_AGAINST_CIVILIANS', 'STRATEGIC_DEVELOPMENT', 'SUMMIT', 'AGREEMENT', 'WITHDRAWAL', 'INSTITUTIONAL_ACT', 'DIPLOMATIC', 'ECONOMIC', 'INFORMATION_MEDIA', 'COUP');

-- CreateEnum
CREATE TYPE "actor_role" AS ENUM ('SIDE_A', 'SIDE_B', 'PARTICIPANT', 'TARGET');

-- CreateEnum
CREATE TYPE "quality_flag" AS ENUM ('BEST_OUTSIDE_RANGE', 'COORDINATES_OUTSIDE_COUNTRY', 'UNRESOLVED_AREA', 'DEATHS_SPLIT_MISMATCH');

-- CreateEnum
CREATE TYPE "external_system" AS ENUM ('UCDP', 'ACLED', 'OTHER');

-- CreateEnum
CREATE TYPE "milestone_stage" AS ENUM ('ANNOUNCED', 'TEXT_ADOPTED', 'SIGNED', 'IN_FORCE', 'STAFFED', 'HEADQUARTERED', 'OPERATIONAL', 'FIRST_OUTPUT', 'SUSPENDED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "indicator_kind" AS ENUM ('FATALITIES', 'CASUALTIES', 'DISPLACEMENT_STOCK', 'NEW_DISPLACEMENTS', 'REFUGEES', 'TERRITORIAL_CONTROL', 'OTHER');

-- CreateEnum
CREATE TYPE "update_frequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'YEARLY', 'IRREGULAR');

-- CreateEnum
CREATE TYPE "series_status" AS ENUM ('ACTIVE', 'STALE', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "gap_state" AS ENUM ('VALUE', 'UNKNOWN', 'NOT_COLLECTED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "statement_rank" AS ENUM ('PREFERRED', 'NORMAL', 'DEPRECATED');

-- CreateEnum
CREATE TYPE "control_category" AS ENUM ('GOVERNMENT_CONTROL', 'CONTESTED', 'ARMED_GROUP_SUPPORT_ZONE', 'ARMED_GROUP_ATTACK_ZONE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "confidence" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "import_status" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED', 'DRY_RUN', 'UNDONE');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "role" NOT NULL DEFAULT 'CONTRIBUTOR',
    "password_hash" TEXT,
    "disabled_at" TIMESTAMPTZ,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "last_sign_in_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "places" (
    "id" VARCHAR(32) NOT NULL,
    "kind" "place_kind" NOT NULL,
    "iso2" CHAR(2),
    "iso3" CHAR(3),
    "iso_numeric" INTEGER,
    "map_code" TEXT,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "parent_id" VARCHAR(32),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "places_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place_aliases" (
    "id" SERIAL NOT NULL,
    "place_id" VARCHAR(32) NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "place_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actors" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "kind" "actor_kind" NOT NULL,
    "description_en" TEXT,
    "description_fr" TEXT,
    "country_id" VARCHAR(32),
    "affiliation_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_aliases" (
    "id" SERIAL NOT NULL,
    "actor_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "actor_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "publisher" TEXT,
    "kind" "source_kind" NOT NULL,
    "language" VARCHAR(8),
    "homepage_url" TEXT,
    "reliability" "reliability_grade",
    "reliability_note" TEXT,
    "graded_by_id" UUID,
    "graded_at" TIMESTAMPTZ,
    "status" "source_status" NOT NULL DEFAULT 'PENDING',
    "merged_into_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citations" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "published_on" DATE,
    "accessed_on" DATE,
    "quote" TEXT,
    "quote_language" VARCHAR(8),
    "archive_url" TEXT,
    "locator" TEXT,
    "event_id" UUID,
    "milestone_id" UUID,
    "observation_id" UUID,
    "assessment_id" UUID,
    "institution_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "title_en" TEXT,
    "title_fr" TEXT,
    "summary_en" TEXT,
    "summary_fr" TEXT,
    "category" "event_category" NOT NULL,
    "ucdp_violence_type" SMALLINT,
    "date_start" DATE NOT NULL,
    "date_end" DATE NOT NULL,
    "date_precision" "date_precision" NOT NULL,
    "country_id" VARCHAR(32) NOT NULL,
    "area_id" VARCHAR(32),
    "area_name" TEXT,
    "location_name" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "geo_precision" SMALLINT,
    "fatalities_low" INTEGER,
    "fatalities_best" INTEGER,
    "fatalities_high" INTEGER,
    "fatalities_side_a" INTEGER,
    "fatalities_side_b" INTEGER,
    "fatalities_civilians" INTEGER,
    "fatalities_unknown" INTEGER,
    "data_status" "data_status" NOT NULL DEFAULT 'FINAL',
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "retraction_reason" TEXT,
    "published_at" TIMESTAMPTZ,
    "quality_flags" "quality_flag"[] DEFAULT ARRAY[]::"quality_flag"[],
    "source_text" TEXT,
    "number_of_sources" INTEGER,
    "source_code_status" TEXT,
    "import_run_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_external_ids" (
    "id" SERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "system" "external_system" NOT NULL,
    "external_id" TEXT NOT NULL,
    "release" TEXT,

    CONSTRAINT "event_external_ids_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_actors" (
    "event_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "role" "actor_role" NOT NULL,

    CONSTRAINT "event_actors_pkey" PRIMARY KEY ("event_id","actor_id","role")
);

-- CreateTable
CREATE TABLE "institutions" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "acronym" TEXT,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "description_en" TEXT,
    "description_fr" TEXT,
    "parent_id" UUID,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "institutions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "stage" "milestone_stage" NOT NULL,
    "date" DATE,
    "date_precision" "date_precision",
    "description_en" TEXT,
    "description_fr" TEXT,
    "event_id" UUID,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institution_events" (
    "institution_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,

    CONSTRAINT "institution_events_pkey" PRIMARY KEY ("institution_id","event_id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "kind" "indicator_kind" NOT NULL,
    "unit" TEXT NOT NULL,
    "description_en" TEXT,
    "description_fr" TEXT,
    "methodology_en" TEXT,
    "methodology_fr" TEXT,
    "producer" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "citation_text" TEXT,
    "source_id" UUID,
    "update_frequency" "update_frequency" NOT NULL,
    "series_status" "series_status" NOT NULL DEFAULT 'ACTIVE',
    "series_status_note" TEXT,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observations" (
    "id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "place_id" VARCHAR(32) NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DOUBLE PRECISION,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "data_status" "data_status" NOT NULL DEFAULT 'FINAL',
    "gap_state" "gap_state" NOT NULL DEFAULT 'VALUE',
    "carried_forward_from" DATE,
    "rank" "statement_rank" NOT NULL DEFAULT 'NORMAL',
    "rank_reason" TEXT,
    "series" TEXT NOT NULL DEFAULT '',
    "note" TEXT,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ,
    "import_run_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "observations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "territorial_assessments" (
    "id" UUID NOT NULL,
    "area_id" VARCHAR(32) NOT NULL,
    "assessed_on" DATE NOT NULL,
    "date_precision" "date_precision" NOT NULL,
    "category" "control_category" NOT NULL,
    "actor_id" UUID,
    "confidence" "confidence" NOT NULL,
    "method_note" TEXT,
    "status" "publication_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "territorial_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_runs" (
    "id" UUID NOT NULL,
    "importer" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "checksum" CHAR(64) NOT NULL,
    "status" "import_status" NOT NULL DEFAULT 'RUNNING',
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "attribution" TEXT,
    "started_by_id" UUID,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ,

    CONSTRAINT "import_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "places_parent_id_idx" ON "places"("parent_id");

-- CreateIndex
CREATE INDEX "place_aliases_normalized_idx" ON "place_aliases"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "place_aliases_normalized_place_id_key" ON "place_aliases"("normalized", "place_id");

-- CreateIndex
CREATE UNIQUE INDEX "actors_slug_key" ON "actors"("slug");

-- CreateIndex
CREATE INDEX "actor_aliases_normalized_idx" ON "actor_aliases"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "actor_aliases_normalized_actor_id_key" ON "actor_aliases"("normalized", "actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "sources_slug_key" ON "sources"("slug");

-- CreateIndex
CREATE INDEX "citations_source_id_idx" ON "citations"("source_id");

-- CreateIndex
CREATE INDEX "citations_event_id_idx" ON "citations"("event_id");

-- CreateIndex
CREATE INDEX "citations_milestone_id_idx" ON "citations"("milestone_id");

-- CreateIndex
CREATE INDEX "citations_observation_id_idx" ON "citations"("observation_id");

-- CreateIndex
CREATE INDEX "citations_assessment_id_idx" ON "citations"("assessment_id");

-- CreateIndex
CREATE INDEX "citations_institution_id_idx" ON "citations"("institution_id");

-- CreateIndex
CREATE INDEX "events_status_date_start_idx" ON "events"("status", "date_start");

-- CreateIndex
CREATE INDEX "events_status_country_id_date_start_idx" ON "events"("status", "country_id", "date_start");

-- CreateIndex
CREATE INDEX "events_status_area_id_date_start_idx" ON "events"("status", "area_id", "date_start");

-- CreateIndex
CREATE INDEX "events_status_category_date_start_idx" ON "events"("status", "category", "date_start");

-- CreateIndex
CREATE INDEX "events_updated_at_idx" ON "events"("updated_at");

-- CreateIndex
CREATE INDEX "event_external_ids_event_id_idx" ON "event_external_ids"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_external_ids_system_external_id_key" ON "event_external_ids"("system", "external_id");

-- CreateIndex
CREATE INDEX "event_actors_actor_id_idx" ON "event_actors"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "institutions_slug_key" ON "institutions"("slug");

-- CreateIndex
CREATE INDEX "milestones_institution_id_date_idx" ON "milestones"("institution_id", "date");

-- CreateIndex
CREATE INDEX "institution_events_event_id_idx" ON "institution_events"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_slug_key" ON "indicators"("slug");

-- CreateIndex
CREATE INDEX "observations_indicator_id_place_id_period_start_idx" ON "observations"("indicator_id", "place_id", "period_start");

-- CreateIndex
CREATE INDEX "observations_updated_at_idx" ON "observations"("updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "observations_indicator_id_place_id_period_start_period_end__key" ON "observations"("indicator_id", "place_id", "period_start", "period_end", "series");

-- CreateIndex
CREATE INDEX "territorial_assessments_area_id_assessed_on_idx" ON "territorial_assessments"("area_id", "assessed_on");

-- CreateIndex
CREATE INDEX "import_runs_checksum_idx" ON "import_runs"("checksum");

-- AddForeignKey
ALTER TABLE "places" ADD CONSTRAINT "places_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_aliases" ADD CONSTRAINT "place_aliases_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actors" ADD CONSTRAINT "actors_affiliation_id_fkey" FOREIGN KEY ("affiliation_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_graded_by_id_fkey" FOREIGN KEY ("graded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_observation_id_fkey" FOREIGN KEY ("observation_id") REFERENCES "observations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "territorial_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_import_run_id_fkey" FOREIGN KEY ("import_run_id") REFERENCES "import_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_external_ids" ADD CONSTRAINT "event_external_ids_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "institution_events" ADD CONSTRAINT "institution_events_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "institution_events" ADD CONSTRAINT "institution_events_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_import_run_id_fkey" FOREIGN KEY ("import_run_id") REFERENCES "import_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territorial_assessments" ADD CONSTRAINT "territorial_assessments_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territorial_assessments" ADD CONSTRAINT "territorial_assessments_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_started_by_id_fkey" FOREIGN KEY ("started_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
