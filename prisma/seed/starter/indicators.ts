/**
 * Figures the seed articles cite, as indicator definitions and observations. Pure data.
 * `producer` names who produced the figure as the article attributes it ("not attributed" when the
 * article names nobody). Qualifiers ("over", "at least", "perhaps", "approximately") go in `note`;
 * no low/high bounds are given because the articles give none.
 *
 * Dating: "The Alliance That Cannot Win" (seed article 004) is undated. Its present-tense figures
 * ("now controls perhaps 20%", "over two million people have been displaced") can only be placed
 * after January 2025, which it describes in the past tense; their period is therefore 2025-01-01 to
 * the dataset cut-off 2025-12-23, and the note says so.
 *
 * Left out: "only 20% of their populations have grid access" (one figure for Mali and Burkina Faso
 * together, which fits no single place) and the "approximately 2.5% monthly attrition" (a
 * theoretical rate, not an observation).
 */
import { fromArticle } from "./sources";
import type { StarterIndicator, StarterObservation } from "./types";

const NOT_ATTRIBUTED = "Not attributed in the article (“The Alliance That Cannot Win”)";
const LICENCE_NOT_STATED = "Not stated (figure quoted in a press/analysis article)";

export const starterIndicators: StarterIndicator[] = [
  {
    key: "civilians-killed-by-armed-islamist-groups",
    nameEn: "Civilians killed by armed Islamist groups",
    nameFr: "Civils tués par des groupes armés islamistes",
    kind: "FATALITIES",
    unit: "civilians killed",
    descriptionEn:
      "Civilians killed by armed Islamist groups over a period, as counted by Human Rights Watch.",
    descriptionFr:
      "Civils tués par des groupes armés islamistes sur une période, selon le décompte de Human Rights Watch.",
    producer: "Human Rights Watch",
    licence: LICENCE_NOT_STATED,
  },
  {
    key: "civilians-killed-by-government-forces-and-allied-militias",
    nameEn: "Civilians killed by government forces and allied militias",
    nameFr: "Civils tués par les forces gouvernementales et les milices alliées",
    kind: "FATALITIES",
    unit: "civilians killed",
    descriptionEn:
      "Civilians killed by government forces and allied militias in counterterrorism operations over a period, as counted by Human Rights Watch.",
    descriptionFr:
      "Civils tués par les forces gouvernementales et les milices alliées lors d'opérations antiterroristes sur une période, selon le décompte de Human Rights Watch.",
    producer: "Human Rights Watch",
    licence: LICENCE_NOT_STATED,
  },
  {
    key: "civilians-killed-in-massacre",
    nameEn: "Civilians killed in a named massacre",
    nameFr: "Civils tués lors d'un massacre identifié",
    kind: "FATALITIES",
    unit: "civilians killed",
    descriptionEn:
      "Civilians killed in one named massacre (or a named pair of massacres reported together).",
    descriptionFr:
      "Civils tués lors d'un massacre identifié (ou de deux massacres rapportés ensemble).",
    producer: `${NOT_ATTRIBUTED}; stated in a paragraph introduced by Human Rights Watch figures`,
    licence: LICENCE_NOT_STATED,
  },
  {
    key: "government-territorial-control-share",
    nameEn: "Share of national territory controlled by the government",
    nameFr: "Part du territoire national contrôlée par le gouvernement",
    kind: "TERRITORIAL_CONTROL",
    unit: "% of national territory",
    descriptionEn:
      "Rough share of the country's nominal territory under government control, as stated in an analysis article (a single estimate, not an area-by-area assessment).",
    descriptionFr:
      "Part approximative du territoire national théorique sous contrôle gouvernemental, selon un article d'analyse (estimation globale, non une évaluation zone par zone).",
    producer: NOT_ATTRIBUTED,
    licence: LICENCE_NOT_STATED,
  },
  {
    key: "people-displaced",
    nameEn: "People displaced",
    nameFr: "Personnes déplacées",
    kind: "DISPLACEMENT_STOCK",
    unit: "people",
    descriptionEn:
      "People displaced across the three AES countries, as stated in an analysis article; the article does not say whether refugees are included.",
    descriptionFr:
      "Personnes déplacées dans les trois pays de l'AES, selon un article d'analyse ; l'article ne précise pas si les réfugiés sont inclus.",
    producer: NOT_ATTRIBUTED,
    licence: LICENCE_NOT_STATED,
  },
  {
    key: "joint-force-announced-strength",
    nameEn: "Announced troop strength of the AES joint force",
    nameFr: "Effectif annoncé de la force conjointe de l'AES",
    kind: "OTHER",
    unit: "troops",
    descriptionEn:
      "Troop numbers announced for the AES joint force or joint battalion, as reported in the press; an announced figure, not a verified deployment.",
    descriptionFr:
      "Effectifs annoncés pour la force ou le bataillon conjoint de l'AES, tels que rapportés par la presse ; chiffre annoncé, et non déploiement vérifié.",
    producer: "Alliance of Sahel States (announced figure, as reported by the articles)",
    licence: LICENCE_NOT_STATED,
  },
];

export const starterObservations: StarterObservation[] = [
  {
    key: "bf-2024-civilians-killed-by-armed-islamist-groups",
    indicator: "civilians-killed-by-armed-islamist-groups",
    country: "BF",
    periodStart: "2024-01-01",
    periodEnd: "2024-12-31",
    value: 2300,
    note: "over",
    citations: [
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 2",
        "Armed Islamist groups killed over 2,300 civilians, while government forces and allied militias killed at least 439 civilians in counterterrorism operations.",
      ),
      fromArticle(
        "seed-article-004",
        "Frequently Asked Questions, Q4",
        "Burkina Faso experienced its deadliest year on record in 2024, with over 2,300 civilians killed by armed Islamist groups.",
      ),
    ],
  },
  {
    key: "bf-2024-civilians-killed-by-government-forces-and-allied-militias",
    indicator: "civilians-killed-by-government-forces-and-allied-militias",
    country: "BF",
    periodStart: "2024-01-01",
    periodEnd: "2024-12-31",
    value: 439,
    note: "at least",
    citations: [
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 2",
        "Armed Islamist groups killed over 2,300 civilians, while government forces and allied militias killed at least 439 civilians in counterterrorism operations.",
      ),
    ],
  },
  {
    key: "bf-2024-nondin-soro-massacres",
    indicator: "civilians-killed-in-massacre",
    country: "BF",
    periodStart: "2024-01-01",
    periodEnd: "2024-12-31",
    value: 223,
    note: "Nondin and Soro massacres combined; year from the article's 2024 context, no exact date given",
    citations: [
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 2",
        "The Nondin and Soro massacres alone saw 223 civilians executed.",
      ),
    ],
  },
  {
    key: "ml-2025-government-territorial-control",
    indicator: "government-territorial-control-share",
    country: "ML",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-23",
    value: 20,
    note: "perhaps; undated article, written after January 2025 (period capped at the 2025-12-23 cut-off)",
    citations: [
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 2",
        "the government now controls perhaps 20% of its nominal territory",
      ),
    ],
  },
  {
    key: "aes-2025-people-displaced",
    indicator: "people-displaced",
    country: "AES",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-23",
    value: 2_000_000,
    note: "over; undated article, written after January 2025 (period capped at the 2025-12-23 cut-off)",
    citations: [
      fromArticle(
        "seed-article-004",
        "section “Fragmentation’s Feedback Loops”, paragraph 5",
        "Over two million people have been displaced across the three countries.",
      ),
    ],
  },
  {
    key: "aes-2024-12-joint-force-announced-strength",
    indicator: "joint-force-announced-strength",
    country: "AES",
    periodStart: "2024-12-01",
    periodEnd: "2024-12-31",
    value: 5000,
    note: "announced in December 2024",
    citations: [
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 4",
        "The joint force announced in December 2024—5,000 troops across three countries—illustrates the scale mismatch.",
      ),
      fromArticle(
        "seed-article-004",
        "Frequently Asked Questions, Q3",
        "Moscow has committed to supporting the AES joint force of 5,000 troops",
      ),
    ],
  },
  {
    key: "aes-2025-12-23-joint-battalion-strength",
    indicator: "joint-force-announced-strength",
    country: "AES",
    periodStart: "2025-12-23",
    periodEnd: "2025-12-23",
    value: 5000,
    note: "approximately; described as a joint battalion declared at the Bamako summit",
    citations: [
      fromArticle(
        "seed-article-001",
        "paragraph 1",
        "The alliance declared the formation and weekend launch of a joint battalion composed of approximately 5,000 troops.",
      ),
    ],
  },
];
