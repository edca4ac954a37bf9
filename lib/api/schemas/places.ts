/** Places with their GeoJSON outlines. */
import { z } from "zod";
import { PlaceKind } from "@/lib/generated/prisma/enums";
import { localizedTextSchema, recordMetaFields, wireEnum } from "./common";
import { listParamMeta, pagingParams } from "./params";

const position = z.array(z.number()).min(2).max(2).meta({ description: "[longitude, latitude]" });
const ring = z.array(position).min(4);

export const geometrySchema = z
  .union([
    z.object({ type: z.literal("Polygon"), coordinates: z.array(ring) }),
    z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring)) }),
  ])
  .meta({
    id: "Geometry",
    description:
      "GeoJSON (RFC 7946) outline in WGS 84, from Natural Earth, coordinates rounded to 5 decimals (about 1 m). Burkina Faso's regions are the union of their provinces.",
  });

export type GeometryDto = z.infer<typeof geometrySchema>;

export const placeKindSchema = wireEnum(Object.values(PlaceKind)).meta({
  description: "region (the AES as a whole), country or admin1.",
});

export const placeSchema = z
  .object({
    id: z.string().meta({ example: "BF-SAHEL" }),
    kind: placeKindSchema,
    iso2: z.string().nullable(),
    iso3: z.string().nullable(),
    iso_numeric: z.number().int().nullable(),
    name: localizedTextSchema,
    parent_id: z.string().nullable(),
    centroid: z
      .object({ latitude: z.number(), longitude: z.number() })
      .nullable()
      .meta({ description: "A representative point (where a label goes)." }),
    aliases: z.array(z.string()).meta({ description: "Other spellings the datasets use." }),
    geometry: geometrySchema.nullable().optional().meta({
      description:
        "The outline; null when the map lacks it. In lists only with `geometry=1` (absent otherwise).",
    }),
    updated_at: recordMetaFields.updated_at,
    version: recordMetaFields.version,
  })
  .meta({ id: "Place" });

export type PlaceDto = z.infer<typeof placeSchema>;

export const placeListQuery = z.object({
  kind: z
    .array(placeKindSchema)
    .optional()
    .meta({ description: "Place kinds.", example: ["country"], param: listParamMeta }),
  parent: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { error: "not a country or region id" }))
    .optional()
    .meta({ description: "Children of these places.", example: ["bf"], param: listParamMeta }),
  geometry: z
    .enum(["1", "0", "true", "false"], { error: "expected 1 or 0" })
    .optional()
    .meta({ description: "1: include each place's outline (large: about 0.5 MB for all)." }),
  ...pagingParams,
});
