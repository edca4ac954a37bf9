/**
 * Factual, deterministic English and French titles for UCDP events, built only from the data:
 * who (the sides as UCDP names them), what (the type of violence) and where (the admin-1 area,
 * else the country). Same row → same title, so re-imports stay unchanged.
 */
import { describeDatasetActor } from "./actors";

export interface TitleParts {
  violenceType: 1 | 2 | 3;
  sideA: readonly string[];
  sideB: readonly string[];
  /** "in the Ségou region" / "dans la région de Ségou", or the country: "in Mali" / "au Mali". */
  whereEn: string;
  whereFr: string;
}

// French needs an article (and sometimes a translation) for the actors met most often; any other
// name is used bare, which is correct French for a proper name and never a wrong gender.
const FRENCH_ACTOR_PHRASES: Readonly<Record<string, string>> = {
  Civilians: "des civils",
  JNIM: "le JNIM",
  IS: "l’État islamique",
  AQIM: "AQMI",
  MUJAO: "le MUJAO",
  CMA: "la CMA",
  MSA: "le MSA",
  GATIA: "le GATIA",
  FLM: "le FLM",
  "Dozos (Mali)": "les Dozos (Mali)",
  "Dozos (Burkina Faso)": "les Dozos (Burkina Faso)",
  Koglweogo: "les Koglweogo",
  Fulani: "des Peuls",
  Dogon: "des Dogons",
  Arab: "des Arabes",
  Tuareg: "des Touareg",
  Songhai: "des Songhaï",
  Bambara: "des Bambara",
  Kounta: "des Kounta",
};

function frenchActor(name: string): string {
  const known = FRENCH_ACTOR_PHRASES[name];
  if (known) return known;
  if (name.startsWith("Government of ")) {
    const { nameFr } = describeDatasetActor(name); // "Gouvernement du Mali"
    return `le ${nameFr.charAt(0).toLowerCase()}${nameFr.slice(1)}`;
  }
  return name;
}

const joinEn = (actors: readonly string[]) => actors.join(", ");
const joinFr = (actors: readonly string[]) => actors.map(frenchActor).join(", ");

export function ucdpEventTitles(parts: TitleParts): { titleEn: string; titleFr: string } {
  if (parts.violenceType === 3) {
    return {
      titleEn: `Violence against civilians by ${joinEn(parts.sideA)} ${parts.whereEn}`,
      titleFr: `Violences contre des civils par ${joinFr(parts.sideA)} ${parts.whereFr}`,
    };
  }
  return {
    titleEn: `Clash between ${joinEn(parts.sideA)} and ${joinEn(parts.sideB)} ${parts.whereEn}`,
    titleFr: `Affrontement entre ${joinFr(parts.sideA)} et ${joinFr(parts.sideB)} ${parts.whereFr}`,
  };
}
