/** Actors: armed groups, forces, governments, organisations. */
import { z } from "zod";
import { ActorKind } from "@/lib/generated/prisma/enums";
import { localizedTextSchema, recordMetaFields, uuidSchema, wireEnum } from "./common";
import { listParamMeta, pagingParams } from "./params";

export const actorKindSchema = wireEnum(Object.values(ActorKind));

export const actorSchema = z
  .object({
    id: uuidSchema,
    slug: z
      .string()
      .meta({ example: "jnim", description: "What the events' `actor` filter takes." }),
    name: localizedTextSchema,
    kind: actorKindSchema,
    description: localizedTextSchema,
    country_id: z.string().nullable(),
    affiliation_id: uuidSchema.nullable().meta({ description: "The actor it belongs to." }),
    aliases: z.array(z.string()),
    updated_at: recordMetaFields.updated_at,
    version: recordMetaFields.version,
  })
  .meta({ id: "Actor" });

export type ActorDto = z.infer<typeof actorSchema>;

export const actorListQuery = z.object({
  kind: z
    .array(actorKindSchema)
    .optional()
    .meta({ description: "Actor kinds.", example: ["armed-group"], param: listParamMeta }),
  ...pagingParams,
});
