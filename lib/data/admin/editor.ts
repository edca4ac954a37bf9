import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { adapterFor, type Collection } from "@/lib/workflow/adapters";
import { figureAuthorsSinceLastPublication } from "@/lib/workflow/revisions";
import { stringsIn } from "@/lib/workflow/json";
import { jsonEqual } from "@/lib/workflow/diff";
import type { RecordAdapter, RecordData } from "@/lib/workflow/types";
import { isPublicState, loadWorkingCopy } from "@/lib/workflow/working-copy";

export interface EditorView {
  collection: Collection;
  id: string;
  label: string;
  /** The optimistic-locking token the form sends back. */
  version: number;
  /** What the form edits: the pending change of a published record, else the record. */
  data: RecordData;
  status: PublicationStatus | null;
  retractionReason: string | null;
  pendingState: PublicationStatus | null;
  /** The version the public sees, when a pending change differs from it. */
  publicData: RecordData | null;
  createdById: string | null;
  /** Ids of those who changed a figure since the last publication (two-person rule). */
  figureAuthorIds: string[];
  /** Whether publishing now would change a figure the public sees (two-person rule applies). */
  figuresChanged: boolean;
  /** The record's public page, when it has one and the public can see it. */
  publicPath: string | null;
  /** Names of the sources and actors the content refers to, for display. */
  sourceNames: Record<string, string>;
  actorNames: Record<string, string>;
}

async function figuresDiffer(
  adapter: RecordAdapter,
  publicData: RecordData | null,
  data: RecordData,
): Promise<boolean> {
  const fields = await adapter.figureFields(db, data);
  return fields.some((field) => !jsonEqual(publicData?.[field] ?? null, data[field] ?? null));
}

/** Everything the record editor shows, or null when there is no such record. */
export const getEditorView = cache(
  async (collection: Collection, id: string): Promise<EditorView | null> => {
    const adapter = adapterFor(collection);
    const stored = await adapter.load(db, id);
    if (!stored) return null;
    const copy = await loadWorkingCopy(db, adapter, id);
    const single = (key: string) =>
      [copy.data[key], stored.data[key]].filter((id): id is string => typeof id === "string");
    const sourceIds = [
      ...single("sourceId"),
      ...stringsIn(copy.data.citations, "sourceId"),
      ...stringsIn(stored.data.citations, "sourceId"),
    ];
    const actorIds = [
      ...single("actorId"),
      ...single("affiliationId"),
      ...stringsIn(copy.data.actors, "actorId"),
      ...stringsIn(stored.data.actors, "actorId"),
    ];
    const [sources, actors, figureAuthors] = await Promise.all([
      db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, name: true } }),
      db.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true, nameEn: true } }),
      figureAuthorsSinceLastPublication(db, adapter.type, id),
    ]);
    const publicData = isPublicState(stored.workflow) ? stored.data : null;
    return {
      collection,
      id,
      label: adapter.label(copy.data),
      version: copy.version,
      data: copy.data,
      status: stored.workflow?.status ?? null,
      retractionReason: stored.workflow?.retractionReason ?? null,
      pendingState: copy.pending?.state ?? null,
      publicData: copy.pending && isPublicState(stored.workflow) ? stored.data : null,
      createdById: stored.createdById,
      figureAuthorIds: [...figureAuthors],
      figuresChanged: await figuresDiffer(adapter, publicData, copy.data),
      publicPath: !adapter.hasWorkflow || publicData ? adapter.publicPath(id, stored.data) : null,
      sourceNames: Object.fromEntries(sources.map((source) => [source.id, source.name])),
      actorNames: Object.fromEntries(actors.map((actor) => [actor.id, actor.nameEn])),
    };
  },
);
