-- Full-text search for the public site: accent- and case-insensitive in French and English.
--
-- The 'simple' configuration (no stemming, no stop words) treats both languages alike, so "Ségou",
-- "segou" and "SEGOU" all become the lexeme 'segou'. unaccent() is only STABLE (it reads its
-- dictionary through search_path), which an index expression cannot use; sahel_unaccent pins the
-- dictionary and is declared IMMUTABLE, the usual wrapper. The expression indexes below must be
-- queried with exactly the same expressions (lib/data/search.ts does).

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION sahel_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, value);

-- The searchable document of a row: its text fields (NULLs skipped), unaccented, as lexemes.
CREATE OR REPLACE FUNCTION sahel_search_vector(VARIADIC parts text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_tsvector('simple'::regconfig, sahel_unaccent(array_to_string(parts, ' ')));

CREATE INDEX "events_search_idx" ON "events" USING gin (
  sahel_search_vector("title_en", "title_fr", "summary_en", "summary_fr", "location_name", "area_name")
);
CREATE INDEX "places_search_idx" ON "places" USING gin (sahel_search_vector("name_en", "name_fr"));
CREATE INDEX "place_aliases_search_idx" ON "place_aliases" USING gin (sahel_search_vector("alias"));
CREATE INDEX "actors_search_idx" ON "actors" USING gin (
  sahel_search_vector("slug", "name_en", "name_fr")
);
CREATE INDEX "actor_aliases_search_idx" ON "actor_aliases" USING gin (sahel_search_vector("alias"));
CREATE INDEX "institutions_search_idx" ON "institutions" USING gin (
  sahel_search_vector("acronym", "name_en", "name_fr", "description_en", "description_fr")
);
CREATE INDEX "sources_search_idx" ON "sources" USING gin (sahel_search_vector("name", "publisher"));
