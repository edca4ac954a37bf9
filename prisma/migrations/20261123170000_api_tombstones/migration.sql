-- CreateTable
CREATE TABLE "api_changes" (
    "record_type" "record_type" NOT NULL,
    "record_id" TEXT NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "tx_id" BIGINT,

    CONSTRAINT "api_changes_pkey" PRIMARY KEY ("record_type","record_id")
);

-- CreateTable
CREATE TABLE "api_tombstones" (
    "id" BIGSERIAL NOT NULL,
    "record_type" "record_type" NOT NULL,
    "record_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "replaced_by" TEXT,
    "removed_at" TIMESTAMPTZ NOT NULL,
    "tx_id" BIGINT,

    CONSTRAINT "api_tombstones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_data_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_pending_commits" (
    "tx_id" BIGINT NOT NULL,

    CONSTRAINT "api_pending_commits_pkey" PRIMARY KEY ("tx_id")
);

-- CreateIndex
CREATE INDEX "api_changes_changed_at_idx" ON "api_changes"("changed_at");

-- CreateIndex
CREATE INDEX "api_changes_tx_id_idx" ON "api_changes"("tx_id");

-- CreateIndex
CREATE INDEX "api_tombstones_removed_at_id_idx" ON "api_tombstones"("removed_at", "id");

-- CreateIndex
CREATE INDEX "api_tombstones_tx_id_idx" ON "api_tombstones"("tx_id");

-- ───────────────────────────── change feed triggers
-- The public API's `updated_since`, deletions feed, ETag and Last-Modified read the tables above;
-- only these triggers write them, so no code path (workflow, importer, seed, psql) can forget.
--
-- 1. Statement triggers note which records' public representation may have changed
--    (api_changes) and which records left the public set (api_tombstones), tagged with the
--    writing transaction, and queue one deferred trigger per transaction (api_pending_commits).
-- 2. At commit, that deferred trigger takes the lock of the api_data_version row, bumps it and
--    stamps the transaction's rows with one timestamp. Stamps therefore follow commit order:
--    everything stamped at or before a version a reader has seen was visible to it, so a client
--    that syncs from the `as_of` it was given never misses a write that committed late.
-- A DELETE may say why: SET LOCAL sahel.deletion_note = '…' in the same transaction.

-- What the API publishes of each kind of record (observations also need their indicator public,
-- which the indicator's trigger takes care of).
CREATE FUNCTION api_is_public(record_kind record_type, r jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE record_kind
    WHEN 'SOURCE' THEN r->>'status' = 'APPROVED' AND r->>'merged_into_id' IS NULL
    WHEN 'ACTOR' THEN true
    WHEN 'PLACE' THEN true
    ELSE r->>'status' = 'PUBLISHED'
  END;

-- Why a record that was public no longer is (r = the row after the change).
CREATE FUNCTION api_removal_reason(record_kind record_type, r jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN record_kind = 'SOURCE' AND r->>'merged_into_id' IS NOT NULL THEN 'merged'
    WHEN record_kind = 'SOURCE' THEN 'rejected'
    WHEN r->>'status' = 'RETRACTED' THEN 'retracted'
    ELSE 'unpublished'
  END;

-- The current transaction, queued for stamping at commit.
CREATE FUNCTION api_pending_tx() RETURNS bigint
  LANGUAGE plpgsql AS $$
DECLARE
  tx bigint := pg_current_xact_id()::text::bigint;
BEGIN
  INSERT INTO api_pending_commits (tx_id) VALUES (tx) ON CONFLICT DO NOTHING;
  RETURN tx;
END
$$;

CREATE FUNCTION api_note_changes(record_kind record_type, ids text[]) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  tx bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM unnest(ids) AS id WHERE id IS NOT NULL) THEN
    RETURN;
  END IF;
  tx := api_pending_tx();
  INSERT INTO api_changes AS c (record_type, record_id, changed_at, tx_id)
  SELECT record_kind, d.id, clock_timestamp(), tx
  FROM (SELECT DISTINCT id FROM unnest(ids) AS id WHERE id IS NOT NULL) AS d
  ON CONFLICT (record_type, record_id)
    DO UPDATE SET changed_at = EXCLUDED.changed_at, tx_id = EXCLUDED.tx_id;
END
$$;

CREATE FUNCTION api_note_removal(record_kind record_type, id text, reason text, note text,
                                 replaced_by text) RETURNS void
  LANGUAGE sql AS $$
  INSERT INTO api_tombstones (record_type, record_id, reason, note, replaced_by, removed_at, tx_id)
  VALUES (record_kind, id, reason, note, replaced_by, clock_timestamp(), api_pending_tx());
$$;

-- What else the API shows differently when records of `record_kind` enter or leave the public set.
CREATE FUNCTION api_note_dependents(record_kind record_type, entered text[], departed text[])
  RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  moved text[] := entered || departed;
BEGIN
  IF cardinality(moved) = 0 THEN
    RETURN;
  END IF;
  IF record_kind = 'INDICATOR' THEN
    -- An indicator's observations are public only while it is.
    PERFORM api_note_changes('OBSERVATION', ARRAY(
      SELECT o.id::text FROM observations o WHERE o.indicator_id = ANY (moved::uuid[])));
    PERFORM api_note_removal('OBSERVATION', o.id::text, 'indicator_withdrawn', NULL, NULL)
    FROM observations o
    WHERE o.indicator_id = ANY (departed::uuid[]) AND o.status = 'PUBLISHED';
  ELSIF record_kind = 'EVENT' THEN
    -- Institutions list their published events (links and milestone evidence).
    PERFORM api_note_changes('INSTITUTION', ARRAY(
      SELECT ie.institution_id::text FROM institution_events ie
      WHERE ie.event_id = ANY (moved::uuid[])
      UNION
      SELECT m.institution_id::text FROM milestones m WHERE m.event_id = ANY (moved::uuid[])));
  END IF;
END
$$;

-- Statement trigger for a record table; TG_ARGV[0] is its record_type.
CREATE FUNCTION api_track_record() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  record_kind record_type := TG_ARGV[0]::record_type;
  moved jsonb;
  departed text[];
  entered text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM api_note_changes(record_kind, ARRAY(SELECT to_jsonb(n)->>'id' FROM new_rows n));
    entered := ARRAY(SELECT to_jsonb(n)->>'id' FROM new_rows n
                     WHERE api_is_public(record_kind, to_jsonb(n)));
    PERFORM api_note_dependents(record_kind, entered, '{}');
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only rows that really changed: an UPDATE that rewrites the same values changes nothing.
    SELECT coalesce(jsonb_agg(jsonb_build_object('was', was, 'now', now)), '[]') INTO moved
    FROM (SELECT to_jsonb(o) AS was, to_jsonb(n) AS now
          FROM new_rows n JOIN old_rows o ON to_jsonb(o)->>'id' = to_jsonb(n)->>'id') AS pairs
    WHERE was IS DISTINCT FROM now;
    PERFORM api_note_changes(record_kind, ARRAY(
      SELECT m->'now'->>'id' FROM jsonb_array_elements(moved) AS m));
    departed := ARRAY(SELECT m->'now'->>'id' FROM jsonb_array_elements(moved) AS m
                      WHERE api_is_public(record_kind, m->'was') AND NOT api_is_public(record_kind, m->'now'));
    entered := ARRAY(SELECT m->'now'->>'id' FROM jsonb_array_elements(moved) AS m
                     WHERE NOT api_is_public(record_kind, m->'was') AND api_is_public(record_kind, m->'now'));
    PERFORM api_note_removal(record_kind, m->'now'->>'id', api_removal_reason(record_kind, m->'now'),
                             m->'now'->>'retraction_reason', m->'now'->>'merged_into_id')
    FROM jsonb_array_elements(moved) AS m
    WHERE api_is_public(record_kind, m->'was') AND NOT api_is_public(record_kind, m->'now');
    PERFORM api_note_dependents(record_kind, entered, departed);
  ELSE
    departed := ARRAY(SELECT to_jsonb(o)->>'id' FROM old_rows o
                      WHERE api_is_public(record_kind, to_jsonb(o)));
    PERFORM api_note_removal(record_kind, id, 'deleted',
                             nullif(current_setting('sahel.deletion_note', true), ''), NULL)
    FROM unnest(departed) AS id;
    PERFORM api_note_dependents(record_kind, '{}', departed);
  END IF;
  RETURN NULL;
END
$$;

-- The rows a statement really changed in a table without an id of its own, as jsonb.
CREATE FUNCTION api_changed_rows(op text, old_rows jsonb, new_rows jsonb) RETURNS SETOF jsonb
  LANGUAGE sql IMMUTABLE AS $$
  SELECT r FROM jsonb_array_elements(new_rows) AS r WHERE op <> 'DELETE'
  EXCEPT ALL SELECT r FROM jsonb_array_elements(old_rows) AS r WHERE op = 'UPDATE'
  UNION ALL
  (SELECT r FROM jsonb_array_elements(old_rows) AS r WHERE op <> 'INSERT'
   EXCEPT ALL SELECT r FROM jsonb_array_elements(new_rows) AS r WHERE op = 'UPDATE');
$$;

-- Statement trigger for a table the API shows inside a record: TG_ARGV[0] is the record's type,
-- TG_ARGV[1] the column holding its id.
CREATE FUNCTION api_track_child() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  record_kind record_type := TG_ARGV[0]::record_type;
  parent text := TG_ARGV[1];
  before jsonb := '[]';
  after jsonb := '[]';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT coalesce(jsonb_agg(to_jsonb(o)), '[]') INTO before FROM old_rows o;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT coalesce(jsonb_agg(to_jsonb(n)), '[]') INTO after FROM new_rows n;
  END IF;
  PERFORM api_note_changes(record_kind, ARRAY(
    SELECT r->>parent FROM api_changed_rows(TG_OP, before, after) AS r));
  RETURN NULL;
END
$$;

-- Citations belong to an event, an observation, an institution or a milestone (shown inside its
-- institution).
CREATE FUNCTION api_track_citations() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  before jsonb := '[]';
  after jsonb := '[]';
  moved jsonb;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT coalesce(jsonb_agg(to_jsonb(o)), '[]') INTO before FROM old_rows o;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT coalesce(jsonb_agg(to_jsonb(n)), '[]') INTO after FROM new_rows n;
  END IF;
  SELECT coalesce(jsonb_agg(r), '[]') INTO moved FROM api_changed_rows(TG_OP, before, after) AS r;
  PERFORM api_note_changes('EVENT', ARRAY(
    SELECT r->>'event_id' FROM jsonb_array_elements(moved) AS r));
  PERFORM api_note_changes('OBSERVATION', ARRAY(
    SELECT r->>'observation_id' FROM jsonb_array_elements(moved) AS r));
  PERFORM api_note_changes('INSTITUTION', ARRAY(
    SELECT r->>'institution_id' FROM jsonb_array_elements(moved) AS r
    UNION
    SELECT m.institution_id::text FROM jsonb_array_elements(moved) AS r
    JOIN milestones m ON m.id = (r->>'milestone_id')::uuid));
  RETURN NULL;
END
$$;

-- At commit: one stamp for everything the transaction noted, later than every earlier commit's.
CREATE FUNCTION api_stamp_commit() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  stamp timestamptz;
BEGIN
  -- ON CONFLICT DO UPDATE locks the row first (waiting for a concurrent committer), then
  -- computes the new values: the clock is read once the earlier commit is done.
  INSERT INTO api_data_version AS v (id, version, changed_at)
  VALUES (1, 1, clock_timestamp())
  ON CONFLICT (id) DO UPDATE
    SET version = v.version + 1,
        changed_at = greatest(clock_timestamp(), v.changed_at + interval '1 microsecond')
  RETURNING changed_at INTO stamp;
  UPDATE api_changes SET changed_at = stamp, tx_id = NULL WHERE tx_id = NEW.tx_id;
  UPDATE api_tombstones SET removed_at = stamp, tx_id = NULL WHERE tx_id = NEW.tx_id;
  DELETE FROM api_pending_commits WHERE tx_id = NEW.tx_id;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER api_stamp_at_commit
  AFTER INSERT ON api_pending_commits DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION api_stamp_commit();

-- ───────────────────────────── what is there already

INSERT INTO api_changes (record_type, record_id, changed_at)
SELECT 'EVENT'::record_type, id::text, updated_at FROM events
UNION ALL SELECT 'INSTITUTION', i.id::text,
  greatest(i.updated_at, (SELECT max(m.updated_at) FROM milestones m WHERE m.institution_id = i.id))
  FROM institutions i
UNION ALL SELECT 'INDICATOR', id::text, updated_at FROM indicators
UNION ALL SELECT 'OBSERVATION', id::text, updated_at FROM observations
UNION ALL SELECT 'ACTOR', id::text, updated_at FROM actors
UNION ALL SELECT 'PLACE', id, updated_at FROM places
UNION ALL SELECT 'SOURCE', id::text, updated_at FROM sources;

INSERT INTO api_data_version (id, version, changed_at)
SELECT 1, 0, coalesce(max(changed_at), now()) FROM api_changes;

-- ───────────────────────────── the triggers

DO $$
DECLARE
  tracked record;
  ops text[][] := ARRAY[
    ['insert', 'INSERT', 'NEW TABLE AS new_rows'],
    ['update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
    ['delete', 'DELETE', 'OLD TABLE AS old_rows']];
  op text[];
BEGIN
  FOREACH op SLICE 1 IN ARRAY ops LOOP
    FOR tracked IN
      SELECT * FROM (VALUES
        ('events', 'api_track_record(''EVENT'')'),
        ('institutions', 'api_track_record(''INSTITUTION'')'),
        ('indicators', 'api_track_record(''INDICATOR'')'),
        ('observations', 'api_track_record(''OBSERVATION'')'),
        ('actors', 'api_track_record(''ACTOR'')'),
        ('places', 'api_track_record(''PLACE'')'),
        ('sources', 'api_track_record(''SOURCE'')'),
        ('milestones', 'api_track_child(''INSTITUTION'', ''institution_id'')'),
        ('institution_events', 'api_track_child(''INSTITUTION'', ''institution_id'')'),
        ('event_actors', 'api_track_child(''EVENT'', ''event_id'')'),
        ('event_external_ids', 'api_track_child(''EVENT'', ''event_id'')'),
        ('actor_aliases', 'api_track_child(''ACTOR'', ''actor_id'')'),
        ('place_aliases', 'api_track_child(''PLACE'', ''place_id'')'),
        ('citations', 'api_track_citations()')) AS t(tbl, fn)
    LOOP
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT '
                     'EXECUTE FUNCTION %s', 'api_track_' || op[1], op[2], tracked.tbl, op[3],
                     tracked.fn);
    END LOOP;
  END LOOP;
END
$$;
