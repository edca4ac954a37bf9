/**
 * Dated events before the Bamako summit of December 2025, from the five seed articles.
 * Pure data. Dates keep the precision the articles give (a month → MONTH, a year → YEAR).
 *
 * Left out because no article dates them: the coups in Mali, Burkina Faso and Niger, MINUSMA's
 * withdrawal, the individual withdrawals from the G5 Sahel, ECOWAS sanctions, the African Union
 * suspensions, the Russian nuclear cooperation agreements.
 */
import { fromArticle } from "./sources";
import type { ActorRole, StarterEvent } from "./types";

const THREE_GOVERNMENTS: { actor: string; role: ActorRole }[] = [
  { actor: "government-ml", role: "PARTICIPANT" },
  { actor: "government-bf", role: "PARTICIPANT" },
  { actor: "government-ne", role: "PARTICIPANT" },
];

export const backgroundEvents: StarterEvent[] = [
  {
    key: "french-forces-leave-mali-2022",
    titleEn: "French forces withdraw from Mali",
    titleFr: "Retrait des forces françaises du Mali",
    summaryEn:
      "French forces left Mali in 2022. The article links this departure, together with a shrinking US presence, to the Sahel states now facing al-Qaeda- and Islamic State-linked groups on their own.",
    summaryFr:
      "Les forces françaises quittent le Mali en 2022. L'article associe ce départ, ainsi que la réduction de la présence américaine, au fait que les États sahéliens affrontent désormais seuls les groupes liés à al-Qaïda et à l'État islamique.",
    category: "WITHDRAWAL",
    dateStart: "2022-01-01",
    dateEnd: "2022-12-31",
    datePrecision: "YEAR",
    country: "ML",
    actors: [
      { actor: "french-forces", role: "PARTICIPANT" },
      { actor: "government-ml", role: "PARTICIPANT" },
    ],
    citations: [
      fromArticle(
        "seed-article-003",
        "paragraph 6",
        "Since the withdrawal of French forces from Mali in 2022 and the reduction of U.S. presence in the region",
      ),
      fromArticle(
        "seed-article-003",
        "paragraph 16",
        "particularly following the withdrawal of French forces in 2022",
      ),
    ],
  },
  {
    key: "liptako-gourma-charter-2023",
    titleEn: "Liptako-Gourma Charter signed, founding the Alliance of Sahel States",
    titleFr:
      "Signature de la Charte du Liptako-Gourma, acte fondateur de l'Alliance des États du Sahel",
    summaryEn:
      "Mali, Burkina Faso and Niger created the Alliance of Sahel States by signing the Liptako-Gourma Charter in September 2023. The charter is a mutual defence pact: members undertake to assist one another, including militarily, if any of them is attacked.",
    summaryFr:
      "Le Mali, le Burkina Faso et le Niger créent l'Alliance des États du Sahel en signant la Charte du Liptako-Gourma en septembre 2023. Ce pacte de défense mutuelle engage chaque membre à porter assistance aux autres, y compris militairement, en cas d'attaque contre l'un d'eux.",
    category: "AGREEMENT",
    dateStart: "2023-09-01",
    dateEnd: "2023-09-30",
    datePrecision: "MONTH",
    country: null,
    actors: [...THREE_GOVERNMENTS],
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-004",
        "introduction, paragraph 1",
        "The Alliance of Sahel States, formed in September 2023 when Mali, Burkina Faso, and Niger signed the Liptako-Gourma Charter",
      ),
      fromArticle(
        "seed-article-004",
        "section “Sovereignty as Strategy”, paragraph 3",
        "The Liptako-Gourma Charter explicitly commits members to “assist one another—including militarily—in the event of an attack on any one of them.”",
      ),
      fromArticle("seed-article-002", "paragraph 1", "Formed in 2023 out of shared struggles"),
    ],
  },
  {
    key: "g5-sahel-collapse-2023",
    titleEn: "G5 Sahel collapses after Mali, Burkina Faso and Niger withdraw",
    titleFr: "Effondrement du G5 Sahel après le retrait du Mali, du Burkina Faso et du Niger",
    summaryEn:
      "The G5 Sahel, once the region's main home-grown security framework, collapsed in December 2023 once Mali, Burkina Faso and Niger had left it. The article does not date the individual withdrawals.",
    summaryFr:
      "Le G5 Sahel, longtemps principal cadre sécuritaire propre à la région, s'effondre en décembre 2023 après le départ du Mali, du Burkina Faso et du Niger. L'article ne date pas chacun de ces retraits.",
    category: "WITHDRAWAL",
    dateStart: "2023-12-01",
    dateEnd: "2023-12-31",
    datePrecision: "MONTH",
    country: null,
    actors: [{ actor: "g5-sahel", role: "TARGET" }, ...THREE_GOVERNMENTS],
    citations: [
      fromArticle(
        "seed-article-004",
        "section “Fragmentation’s Feedback Loops”, paragraph 1",
        "The G5 Sahel—once the primary indigenous security architecture—collapsed in December 2023 after the withdrawals of Mali, Burkina Faso, and Niger.",
      ),
    ],
  },
  {
    key: "ecowas-withdrawal-announced-2024",
    titleEn: "Mali, Burkina Faso and Niger announce their withdrawal from ECOWAS",
    titleFr: "Le Mali, le Burkina Faso et le Niger annoncent leur retrait de la CEDEAO",
    summaryEn:
      "In January 2024 the three states announced they would leave ECOWAS, denouncing its sanctions and its failure to back their fight against terrorism. A legal analysis cited by the article notes that Article 91 of the ECOWAS Treaty requires one year's notice.",
    summaryFr:
      "En janvier 2024, les trois États annoncent leur départ de la CEDEAO, dénonçant ses sanctions et son absence de soutien à leur lutte contre le terrorisme. Une analyse juridique citée par l'article rappelle que l'article 91 du traité de la CEDEAO impose un préavis d'un an.",
    category: "WITHDRAWAL",
    dateStart: "2024-01-01",
    dateEnd: "2024-01-31",
    datePrecision: "MONTH",
    country: null,
    actors: [...THREE_GOVERNMENTS, { actor: "ecowas", role: "TARGET" }],
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-004",
        "section “Sovereignty as Strategy”, paragraph 5",
        "The withdrawal from ECOWAS, announced in January 2024 and completed in January 2025",
      ),
      fromArticle(
        "seed-article-004",
        "section “Sovereignty as Strategy”, paragraph 5",
        "The three countries cited ECOWAS’s “illegal, illegitimate, inhumane and irresponsible sanctions” and its failure to support their fight against terrorism.",
      ),
      fromArticle(
        "seed-article-004",
        "section “Fragmentation’s Feedback Loops”, paragraph 2",
        "a one-year withdrawal notice period under Article 91 of the ECOWAS Treaty",
      ),
    ],
  },
  {
    key: "ecowas-withdrawal-effective-2025",
    titleEn: "Withdrawal of Mali, Burkina Faso and Niger from ECOWAS takes effect",
    titleFr: "Le retrait du Mali, du Burkina Faso et du Niger de la CEDEAO devient effectif",
    summaryEn:
      "The three states' exit from ECOWAS was completed in January 2025, a year after it was announced. According to the article, ECOWAS free-movement provisions no longer apply to citizens of AES countries.",
    summaryFr:
      "La sortie des trois États de la CEDEAO est achevée en janvier 2025, un an après son annonce. Selon l'article, les règles de libre circulation de la CEDEAO ne s'appliquent plus aux citoyens de l'AES.",
    category: "WITHDRAWAL",
    dateStart: "2025-01-01",
    dateEnd: "2025-01-31",
    datePrecision: "MONTH",
    country: null,
    actors: [...THREE_GOVERNMENTS, { actor: "ecowas", role: "TARGET" }],
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-004",
        "section “Sovereignty as Strategy”, paragraph 5",
        "The withdrawal from ECOWAS, announced in January 2024 and completed in January 2025",
      ),
      fromArticle(
        "seed-article-004",
        "Frequently Asked Questions, Q1",
        "has evolved into a political confederation that withdrew from ECOWAS in January 2025",
      ),
      fromArticle(
        "seed-article-004",
        "section “Fragmentation’s Feedback Loops”, paragraph 5",
        "ECOWAS free movement provisions no longer apply to AES citizens.",
      ),
      fromArticle(
        "seed-article-001",
        "paragraph 2",
        "the AES nations have withdrawn from the Economic Community of West African States (ECOWAS) in 2025",
      ),
    ],
  },
  {
    key: "niamey-confederal-step-2024",
    titleEn: "Confederal step taken in Niamey",
    titleFr: "Passage à la confédération acté à Niamey",
    summaryEn:
      "In 2024, in Niamey, the three AES members took the step from alliance to confederation. The articles give only the year and do not name the instrument adopted; the Bamako summit of December 2025 took stock of the year that followed.",
    summaryFr:
      "En 2024, à Niamey, les trois membres de l'AES franchissent le pas de l'alliance à la confédération. Les articles ne donnent que l'année et ne nomment pas l'acte adopté ; le sommet de Bamako de décembre 2025 dresse le bilan de l'année écoulée.",
    category: "INSTITUTIONAL_ACT",
    dateStart: "2024-01-01",
    dateEnd: "2024-12-31",
    datePrecision: "YEAR",
    country: null,
    hostCountry: "NE",
    locationName: "Niamey",
    actors: [...THREE_GOVERNMENTS],
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 1",
        "reassessed the confederal step taken in Niamey in 2024 through the balance sheet of the past year",
      ),
      fromArticle(
        "seed-article-004",
        "Frequently Asked Questions, Q1",
        "has evolved into a political confederation",
      ),
    ],
  },
  {
    key: "nondin-soro-massacres-2024",
    titleEn: "Nondin and Soro massacres",
    titleFr: "Massacres de Nondin et de Soro",
    summaryEn:
      "223 civilians were executed in the Nondin and Soro massacres in Burkina Faso. The article places them in its account of 2024, the country's deadliest year on record according to Human Rights Watch, but gives no exact date and does not name the perpetrators.",
    summaryFr:
      "223 civils sont exécutés lors des massacres de Nondin et de Soro au Burkina Faso. L'article les situe dans son bilan de 2024, année la plus meurtrière jamais enregistrée dans le pays selon Human Rights Watch, sans date précise ni mention des auteurs.",
    category: "VIOLENCE_AGAINST_CIVILIANS",
    dateStart: "2024-01-01",
    dateEnd: "2024-12-31",
    datePrecision: "YEAR",
    country: "BF",
    locationName: "Nondin and Soro",
    fatalities: { best: 223, civilians: 223 },
    actors: [{ actor: "civilians", role: "TARGET" }],
    citations: [
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 2",
        "According to Human Rights Watch, Burkina Faso experienced its deadliest year on record in 2024.",
      ),
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 2",
        "The Nondin and Soro massacres alone saw 223 civilians executed.",
      ),
    ],
  },
  {
    key: "joint-force-announced-2024",
    titleEn: "AES joint force of 5,000 troops announced",
    titleFr: "Annonce d'une force conjointe de l'AES de 5 000 hommes",
    summaryEn:
      "A joint force of 5,000 troops drawn from the three countries was announced in December 2024. The article judges it too small to operate without outside support and, citing Reuters, says Russia committed to help arm and train it.",
    summaryFr:
      "Une force conjointe de 5 000 hommes issus des trois pays est annoncée en décembre 2024. L'article la juge trop réduite pour se passer d'appuis extérieurs et, citant Reuters, indique que la Russie s'est engagée à contribuer à son armement et à sa formation.",
    category: "STRATEGIC_DEVELOPMENT",
    dateStart: "2024-12-01",
    dateEnd: "2024-12-31",
    datePrecision: "MONTH",
    country: null,
    actors: [...THREE_GOVERNMENTS],
    institutions: ["aes-confederation", "fu-aes"],
    citations: [
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 4",
        "The joint force announced in December 2024—5,000 troops across three countries—illustrates the scale mismatch.",
      ),
      fromArticle(
        "seed-article-004",
        "section “The Counterterrorism Illusion”, paragraph 5",
        "Moscow has “committed to helping military governments in Mali, Burkina Faso and Niger acquire arms and training” for the joint force.",
      ),
    ],
  },
  {
    key: "ecowas-consultations-2025-05-22",
    titleEn: "AES–ECOWAS consultations",
    titleFr: "Consultations entre l'AES et la CEDEAO",
    summaryEn:
      "Consultations were held on 22 May 2025 as part of the negotiation process between the AES and ECOWAS. The Bamako final communiqué of December 2025 endorsed them, keeping a channel open with the regional bloc.",
    summaryFr:
      "Des consultations se tiennent le 22 mai 2025 dans le cadre du processus de négociation entre l'AES et la CEDEAO. Le communiqué final de Bamako de décembre 2025 les entérine, maintenant un canal ouvert avec le bloc régional.",
    category: "DIPLOMATIC",
    dateStart: "2025-05-22",
    dateEnd: "2025-05-22",
    datePrecision: "DAY",
    country: null,
    actors: [{ actor: "ecowas", role: "PARTICIPANT" }],
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 11",
        "The recording of the negotiation process with the Economic Community of West African States (ECOWAS) and the endorsement of the consultations held on 22 May 2025",
      ),
    ],
  },
  {
    key: "bamako-summit-preparations-2025-11",
    titleEn: "Ministerial meetings prepare the Bamako summit",
    titleFr: "Réunions ministérielles préparatoires au sommet de Bamako",
    summaryEn:
      "Preparations for the AES heads-of-state summit began in late November 2025 with ministerial meetings, leading up to the summit in the last week of December.",
    summaryFr:
      "Les préparatifs du sommet des chefs d'État de l'AES commencent fin novembre 2025 par des réunions ministérielles, en vue du sommet de la dernière semaine de décembre.",
    category: "DIPLOMATIC",
    dateStart: "2025-11-01",
    dateEnd: "2025-11-30",
    datePrecision: "MONTH",
    country: null,
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-003",
        "paragraph 4",
        "Preparations began in late November with ministerial meetings, culminating in the official summit in the last week of December.",
      ),
    ],
  },
];
