/**
 * Actors named by datasets (UCDP's side_a / side_b): matched to existing actors by any of their
 * names or aliases, created when unknown. Loaded once per run; new actors are written in bulk
 * before the batch that first uses them.
 */
import { stableUuid } from "@/lib/db/stable-id";
import type { ActorKind } from "@/lib/generated/prisma/enums";
import { COUNTRIES } from "@/lib/places/catalog";
import { foldName } from "@/lib/places/normalize";
import type { ImportDb, ImportSession } from "./importer";

export interface ActorDraft {
  id: string;
  slug: string;
  nameEn: string;
  nameFr: string;
  kind: ActorKind;
  countryId: string | null;
  descriptionEn: string | null;
  descriptionFr: string | null;
}

// French names of the countries whose governments appear in the data, with their article.
const GOVERNMENT_FR: Readonly<Record<string, string>> = {
  Mali: "Gouvernement du Mali",
  "Burkina Faso": "Gouvernement du Burkina Faso",
  Niger: "Gouvernement du Niger",
  Mauritania: "Gouvernement de la Mauritanie",
  Algeria: "Gouvernement de l’Algérie",
  Chad: "Gouvernement du Tchad",
  France: "Gouvernement de la France",
  Nigeria: "Gouvernement du Nigeria",
  "Ivory Coast": "Gouvernement de la Côte d’Ivoire",
  Russia: "Gouvernement de la Russie",
};

const GOVERNMENT = /^Government of (.+)$/;
// UCDP's placeholder for an actor it could not identify: "XXX" + the country's Gleditsch–Ward number.
const UNIDENTIFIED = /^XXX(\d+)$/;

/** What a dataset's actor name tells us: kind (Government of X → state force, Civilians, else armed group), French name, country. */
export function describeDatasetActor(name: string): Omit<ActorDraft, "id" | "slug"> {
  const government = GOVERNMENT.exec(name);
  if (government) {
    const countryName = government[1] ?? "";
    return {
      nameEn: name,
      nameFr: GOVERNMENT_FR[countryName] ?? `Gouvernement (${countryName})`,
      kind: "STATE_FORCE",
      countryId: COUNTRIES.find((country) => country.nameEn === countryName)?.id ?? null,
      descriptionEn: null,
      descriptionFr: null,
    };
  }
  if (foldName(name) === "civilians") {
    return {
      nameEn: name,
      nameFr: "Civils",
      kind: "CIVILIANS",
      countryId: null,
      descriptionEn: null,
      descriptionFr: null,
    };
  }
  const unidentified = UNIDENTIFIED.exec(name);
  const country = unidentified
    ? COUNTRIES.find((candidate) => String(candidate.gwCode) === unidentified[1])
    : undefined;
  return {
    nameEn: name,
    nameFr: name,
    kind: "ARMED_GROUP",
    countryId: country?.id ?? null,
    descriptionEn: unidentified
      ? `Actor UCDP could not identify (its placeholder ${name}${country ? `, ${country.nameEn}` : ""}).`
      : null,
    descriptionFr: unidentified
      ? `Acteur que l’UCDP n’a pas pu identifier (code ${name}${country ? `, ${country.nameFr}` : ""}).`
      : null,
  };
}

export function actorSlug(name: string): string {
  return foldName(name).replace(/ /g, "-") || "actor";
}

export class ActorRegistry {
  private readonly pending: ActorDraft[] = [];

  private constructor(
    /** folded name or alias → actor id */
    private readonly byName: Map<string, string>,
    private readonly slugs: Set<string>,
  ) {}

  static async load(db: ImportDb): Promise<ActorRegistry> {
    // Sequential on purpose: `db` is the import's transaction, i.e. one connection.
    const actors = await db.actor.findMany({
      select: { id: true, slug: true, nameEn: true, nameFr: true },
    });
    const aliases = await db.actorAlias.findMany({
      select: { actorId: true, alias: true, normalized: true },
    });
    const byName = new Map<string, string>();
    // Aliases first, names last: an actor's own name wins over another actor's alias.
    for (const alias of aliases) {
      byName.set(foldName(alias.normalized), alias.actorId);
      byName.set(foldName(alias.alias), alias.actorId);
    }
    for (const actor of actors) {
      byName.set(foldName(actor.slug), actor.id);
      byName.set(foldName(actor.nameFr), actor.id);
      byName.set(foldName(actor.nameEn), actor.id);
    }
    return new ActorRegistry(byName, new Set(actors.map((actor) => actor.slug)));
  }

  /** The id of the actor with this name, creating a pending one when none matches. */
  idFor(name: string): string {
    const key = foldName(name);
    const known = this.byName.get(key);
    if (known) return known;

    let slug = actorSlug(name);
    for (let suffix = 2; this.slugs.has(slug); suffix += 1) slug = `${actorSlug(name)}-${suffix}`;
    const draft: ActorDraft = {
      id: stableUuid(`actor:${slug}`),
      slug,
      ...describeDatasetActor(name),
    };
    this.byName.set(key, draft.id);
    this.slugs.add(slug);
    this.pending.push(draft);
    return draft.id;
  }

  /** Writes the actors created since the last flush (with their dataset name as alias). */
  async flush(session: ImportSession): Promise<void> {
    const drafts = this.pending.splice(0);
    if (drafts.length === 0) return;
    session.report.tally("actors created", drafts.length);
    if (session.dryRun) return;
    const by = session.importedById;
    await session.db.actor.createMany({
      data: drafts.map((draft) => ({ ...draft, createdById: by, updatedById: by })),
    });
    await session.db.actorAlias.createMany({
      data: drafts.map((draft) => ({
        actorId: draft.id,
        alias: draft.nameEn,
        normalized: foldName(draft.nameEn),
      })),
    });
  }
}
