/**
 * The seven AES institutions and the lifecycle milestones the seed articles support. Pure data.
 * A stage the articles do not date gets `date: null` rather than a guessed date.
 */
import { burkina24NoteV, communique, fromArticle, summitBeginsNoteI } from "./sources";
import type { StarterInstitution } from "./types";

export const starterInstitutions: StarterInstitution[] = [
  {
    key: "aes-confederation",
    acronym: "AES",
    nameEn: "Confederation of Sahel States (Alliance of Sahel States)",
    nameFr: "Confédération des États du Sahel (Alliance des États du Sahel)",
    descriptionEn:
      "Alliance of Mali, Burkina Faso and Niger founded in September 2023 by the Liptako-Gourma Charter, a mutual defence pact, and turned into a confederation in Niamey in 2024. Its three members left ECOWAS, effective January 2025.",
    descriptionFr:
      "Alliance du Mali, du Burkina Faso et du Niger fondée en septembre 2023 par la Charte du Liptako-Gourma, pacte de défense mutuelle, et devenue confédération à Niamey en 2024. Ses trois membres ont quitté la CEDEAO, avec effet en janvier 2025.",
    milestones: [
      {
        key: "aes-liptako-gourma-charter-signed",
        stage: "SIGNED",
        date: "2023-09-01",
        datePrecision: "MONTH",
        descriptionEn:
          "Mali, Burkina Faso and Niger sign the Liptako-Gourma Charter, the mutual defence pact that creates the alliance (September 2023).",
        descriptionFr:
          "Le Mali, le Burkina Faso et le Niger signent la Charte du Liptako-Gourma, pacte de défense mutuelle qui crée l'alliance (septembre 2023).",
        event: "liptako-gourma-charter-2023",
        citations: [
          fromArticle(
            "seed-article-004",
            "introduction, paragraph 1",
            "The Alliance of Sahel States, formed in September 2023 when Mali, Burkina Faso, and Niger signed the Liptako-Gourma Charter",
          ),
        ],
      },
      {
        key: "aes-confederation-niamey",
        stage: "ANNOUNCED",
        date: "2024-01-01",
        datePrecision: "YEAR",
        descriptionEn:
          "The confederal step is taken in Niamey in 2024. The articles give only the year and do not name the instrument adopted.",
        descriptionFr:
          "Le passage à la confédération est acté à Niamey en 2024. Les articles ne donnent que l'année et ne nomment pas l'acte adopté.",
        event: "niamey-confederal-step-2024",
        citations: [
          fromArticle(
            "seed-article-000",
            "paragraph 1",
            "reassessed the confederal step taken in Niamey in 2024 through the balance sheet of the past year",
          ),
          fromArticle(
            "seed-article-004",
            "section “The Sovereignty Paradox”, paragraph 2",
            "The performative declarations—the confederation announcement, the joint force launch, the nuclear cooperation agreements—substitute for the substantive capacity they lack.",
          ),
        ],
      },
    ],
    citations: [
      fromArticle(
        "seed-article-004",
        "introduction, paragraph 1",
        "The Alliance of Sahel States, formed in September 2023 when Mali, Burkina Faso, and Niger signed the Liptako-Gourma Charter",
      ),
      fromArticle(
        "seed-article-004",
        "Frequently Asked Questions, Q1",
        "has evolved into a political confederation that withdrew from ECOWAS in January 2025",
      ),
      fromArticle("seed-article-000", "paragraph 1", "the confederal step taken in Niamey in 2024"),
      communique(3, "ii"),
    ],
  },
  {
    key: "college-of-heads-of-state",
    acronym: null,
    nameEn: "College of Heads of State of the Confederation of Sahel States",
    nameFr: "Collège des chefs d'État de la Confédération des États du Sahel",
    descriptionEn:
      "The confederation's meeting of the heads of state of Mali, Burkina Faso and Niger, under a rotating presidency. Its 2nd ordinary session was held in Bamako on 22–23 December 2025, when the presidency passed from Assimi Goïta to Ibrahim Traoré for one year.",
    descriptionFr:
      "Instance réunissant les chefs d'État du Mali, du Burkina Faso et du Niger, sous une présidence tournante. Sa 2e session ordinaire s'est tenue à Bamako les 22 et 23 décembre 2025 ; la présidence y est passée d'Assimi Goïta à Ibrahim Traoré pour un an.",
    parent: "aes-confederation",
    milestones: [
      {
        key: "college-second-ordinary-session",
        stage: "OPERATIONAL",
        date: null,
        datePrecision: null,
        descriptionEn:
          "The College is meeting in ordinary session: it held its second one in Bamako on 22–23 December 2025. The articles do not date its first session, so no date is given for this stage.",
        descriptionFr:
          "Le Collège siège en session ordinaire : il a tenu sa deuxième à Bamako les 22 et 23 décembre 2025. Les articles ne datent pas la première session ; aucune date n'est donc donnée pour cette étape.",
        event: "bamako-summit-2025",
        citations: [
          fromArticle(
            "seed-article-003",
            "paragraph 7",
            "This summit represents the second session of the “College of Heads of State of the Sahel Alliance,”",
          ),
          fromArticle(
            "seed-article-002",
            "paragraph 1",
            "This summit, the second for the AES Heads of State College, aims to solidify the alliance’s structure and kickstart new governing bodies.",
          ),
          communique(3, "ii"),
        ],
      },
    ],
    citations: [
      fromArticle(
        "seed-article-003",
        "paragraph 7",
        "This summit represents the second session of the “College of Heads of State of the Sahel Alliance,”",
      ),
      fromArticle(
        "seed-article-000",
        "paragraph 12",
        "The rotating presidency system reinforces trust among the leaders.",
      ),
      communique(3, "ii"),
    ],
  },
  {
    key: "confederal-parliament",
    acronym: null,
    nameEn: "Confederal parliament (confederal parliamentary sessions)",
    nameFr: "Parlement confédéral (sessions parlementaires confédérales)",
    descriptionEn:
      "The confederation's parliamentary dimension. The articles mention it only through the additional protocol on confederal parliamentary sessions adopted at the Bamako session of December 2025.",
    descriptionFr:
      "Dimension parlementaire de la Confédération. Les articles ne l'évoquent qu'à travers le protocole additionnel relatif aux sessions parlementaires confédérales adopté à la session de Bamako de décembre 2025.",
    parent: "aes-confederation",
    milestones: [
      {
        key: "parliament-sessions-protocol-adopted",
        stage: "TEXT_ADOPTED",
        date: "2025-12-23",
        datePrecision: "DAY",
        descriptionEn:
          "Additional protocol on confederal parliamentary sessions adopted, as recorded in the final communiqué of 23 December 2025.",
        descriptionFr:
          "Adoption du protocole additionnel relatif aux sessions parlementaires confédérales, consignée dans le communiqué final du 23 décembre 2025.",
        event: "protocol-parliamentary-sessions-2025",
        citations: [
          fromArticle(
            "seed-article-000",
            "paragraph 3",
            "The adoption of additional protocols concerning defense and security, diplomatic coordination, development coordination, and confederal parliamentary sessions concretizes the will toward institutionalization.",
          ),
          communique(3, "ii"),
        ],
      },
    ],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 3",
        "The adoption of additional protocols concerning defense and security, diplomatic coordination, development coordination, and confederal parliamentary sessions concretizes the will toward institutionalization.",
      ),
    ],
  },
  {
    key: "fu-aes",
    acronym: "FU-AES",
    nameEn: "Unified Force of the Alliance of Sahel States",
    nameFr: "Force unifiée de l'Alliance des États du Sahel",
    descriptionEn:
      "The confederation's joint military force. Its activation was officially declared and its standard handed over at the Bamako summit of December 2025. One article reports a 5,000-strong joint force announced in December 2024, without naming it FU-AES.",
    descriptionFr:
      "Force militaire conjointe de la Confédération. Son activation a été officiellement proclamée et son étendard remis au sommet de Bamako de décembre 2025. Un article fait état d'une force conjointe de 5 000 hommes annoncée en décembre 2024, sans la nommer FU-AES.",
    parent: "aes-confederation",
    milestones: [
      {
        key: "fu-aes-joint-force-announced",
        stage: "ANNOUNCED",
        date: "2024-12-01",
        datePrecision: "MONTH",
        descriptionEn:
          "A joint force of 5,000 troops from the three countries is announced (December 2024). The article calls it the AES joint force, not FU-AES; we record it as this force's announcement.",
        descriptionFr:
          "Annonce d'une force conjointe de 5 000 hommes issus des trois pays (décembre 2024). L'article parle de la force conjointe de l'AES, sans la nommer FU-AES ; nous l'enregistrons comme l'annonce de cette force.",
        event: "joint-force-announced-2024",
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
        key: "fu-aes-activation-declared",
        stage: "OPERATIONAL",
        date: "2025-12-23",
        datePrecision: "DAY",
        descriptionEn:
          "Activation officially declared and standard handed over at the Bamako summit, as recorded in the final communiqué of 23 December 2025. The analysis still sees the consolidation of its operational coordination in early 2026 as the real test.",
        descriptionFr:
          "Activation officiellement proclamée et étendard remis au sommet de Bamako, comme le consigne le communiqué final du 23 décembre 2025. L'analyse voit encore dans la consolidation de sa coordination opérationnelle début 2026 le véritable test.",
        event: "fu-aes-activation-2025",
        citations: [
          fromArticle(
            "seed-article-000",
            "paragraph 3",
            "The handover of the standard to the “Unified Force of the Alliance of Sahel States” (FU-AES) and the official declaration of the force’s activation",
          ),
          fromArticle(
            "seed-article-000",
            "paragraph 12",
            "the key benchmark will be how swiftly the operational coordination of the FU-AES is consolidated in the first months of 2026",
          ),
          communique(3, "ii"),
        ],
      },
    ],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 3",
        "The handover of the standard to the “Unified Force of the Alliance of Sahel States” (FU-AES) and the official declaration of the force’s activation",
      ),
      communique(3, "ii"),
    ],
  },
  {
    key: "bcid-aes",
    acronym: "BCID-AES",
    nameEn: "Confederal Investment and Development Bank",
    nameFr: "Banque confédérale pour l'investissement et le développement",
    descriptionEn:
      "The confederation's investment and development bank, inaugurated in Bamako on 22 December 2025; the final communiqué states its establishment. Meant to help fund services alongside security spending.",
    descriptionFr:
      "Banque d'investissement et de développement de la Confédération, inaugurée à Bamako le 22 décembre 2025 ; le communiqué final fait état de son institution. Elle doit contribuer à financer les services publics en plus des dépenses de sécurité.",
    parent: "aes-confederation",
    milestones: [
      {
        key: "bcid-aes-inaugurated",
        stage: "OPERATIONAL",
        date: "2025-12-22",
        datePrecision: "DAY",
        descriptionEn:
          "Inaugurated (activated) in Bamako on 22 December 2025. The articles report no resources channelled yet; the analysis names that pace as the benchmark to watch.",
        descriptionFr:
          "Inaugurée (activée) à Bamako le 22 décembre 2025. Les articles ne font état d'aucune ressource encore mobilisée ; l'analyse fait de ce rythme l'indicateur à suivre.",
        event: "bcid-aes-inauguration-2025",
        citations: [
          fromArticle(
            "seed-article-000",
            "paragraph 2",
            "The deliberate decision to activate AES Television and the Confederal Investment and Development Bank (BCID-AES) before convening the session of heads of state reflects a conscious preference.",
          ),
          fromArticle(
            "seed-article-000",
            "paragraph 12",
            "The pace at which the BCID-AES mechanisms are able to channel resources to the field",
          ),
          summitBeginsNoteI(),
        ],
      },
    ],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 9",
        "The establishment of the Confederal Levy (PC-AES) and the BCID-AES, as stated in the communiqué",
      ),
      communique(9),
    ],
  },
  {
    key: "pc-aes",
    acronym: "PC-AES",
    nameEn: "Confederal Levy",
    nameFr: "Prélèvement confédéral",
    descriptionEn:
      "A confederal levy meant to give the confederation its own revenue for services and security. The final communiqué of 23 December 2025 states its establishment; the articles give neither its rate nor its start date.",
    descriptionFr:
      "Prélèvement confédéral destiné à doter la Confédération de recettes propres pour les services et la sécurité. Le communiqué final du 23 décembre 2025 fait état de son institution ; les articles n'en donnent ni le taux ni la date d'entrée en vigueur.",
    parent: "aes-confederation",
    milestones: [
      {
        key: "pc-aes-established-per-communique",
        stage: "ANNOUNCED",
        date: null,
        datePrecision: null,
        descriptionEn:
          "The levy's establishment is stated in the final communiqué of 23 December 2025. The articles do not say when it was announced, adopted or first collected, so no date is given.",
        descriptionFr:
          "L'institution du prélèvement figure dans le communiqué final du 23 décembre 2025. Les articles ne disent pas quand il a été annoncé, adopté ou perçu pour la première fois ; aucune date n'est donc donnée.",
        event: "pc-aes-in-final-communique-2025",
        citations: [
          fromArticle(
            "seed-article-000",
            "paragraph 9",
            "The establishment of the Confederal Levy (PC-AES) and the BCID-AES, as stated in the communiqué",
          ),
          communique(9),
        ],
      },
    ],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 9",
        "The establishment of the Confederal Levy (PC-AES) and the BCID-AES, as stated in the communiqué, reflects a search for a domestic funding pool",
      ),
      communique(9),
    ],
  },
  {
    key: "aes-tv",
    acronym: "AES TV",
    nameEn: "AES Television",
    nameFr: "Télévision AES",
    descriptionEn:
      "The confederation's television channel, inaugurated in Bamako on 22 December 2025 and presented by the Burkinabè press as a sovereign voice for the AES.",
    descriptionFr:
      "Chaîne de télévision de la Confédération, inaugurée à Bamako le 22 décembre 2025 et présentée par la presse burkinabè comme une voix souveraine de l'AES.",
    parent: "aes-confederation",
    milestones: [
      {
        key: "aes-tv-launched",
        stage: "OPERATIONAL",
        date: "2025-12-22",
        datePrecision: "DAY",
        descriptionEn:
          "Launched (activated) in Bamako on 22 December 2025, ahead of the heads-of-state session.",
        descriptionFr:
          "Lancée (activée) à Bamako le 22 décembre 2025, avant la session des chefs d'État.",
        event: "aes-tv-inauguration-2025",
        citations: [
          fromArticle(
            "seed-article-000",
            "paragraph 2",
            "The deliberate decision to activate AES Television and the Confederal Investment and Development Bank (BCID-AES) before convening the session of heads of state reflects a conscious preference.",
          ),
          fromArticle(
            "seed-article-000",
            "paragraph 10",
            "The Burkina Faso press reports that AES Television has been launched to produce a “sovereign voice”",
          ),
          burkina24NoteV(),
        ],
      },
    ],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 10",
        "The Burkina Faso press reports that AES Television has been launched to produce a “sovereign voice”",
      ),
      burkina24NoteV(),
    ],
  },
];
