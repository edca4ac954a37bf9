/**
 * The Bamako summit of 22–23 December 2025 and the decisions recorded in its final communiqué.
 * Pure data.
 *
 * Dating convention: the two inaugurations are dated 22 December (stated in seed article 000).
 * Decisions the articles know only through the final communiqué are dated to that communiqué,
 * "released on 23 December" (seed article 000), which is also the day NextFin News gives for the
 * heads-of-state meeting (seed article 001). The articles do not time them more precisely.
 */
import {
  actuNigerNoteVI,
  burkina24NoteV,
  communique,
  fromArticle,
  summitBeginsNoteI,
} from "./sources";
import type { StarterCitation, StarterEvent } from "./types";

type EventWhen = Pick<StarterEvent, "dateStart" | "dateEnd" | "datePrecision">;
type EventWhere = Pick<StarterEvent, "country" | "hostCountry" | "locationName">;

const IN_BAMAKO: EventWhere = { country: null, hostCountry: "ML", locationName: "Bamako" };
const ON_22_DEC: EventWhen = {
  dateStart: "2025-12-22",
  dateEnd: "2025-12-22",
  datePrecision: "DAY",
};
const ON_23_DEC: EventWhen = {
  dateStart: "2025-12-23",
  dateEnd: "2025-12-23",
  datePrecision: "DAY",
};

/** Seed article 000, paragraph 3: the four additional protocols, and the communiqué date. */
const PROTOCOLS_CITATIONS: StarterCitation[] = [
  fromArticle(
    "seed-article-000",
    "paragraph 3",
    "The adoption of additional protocols concerning defense and security, diplomatic coordination, development coordination, and confederal parliamentary sessions concretizes the will toward institutionalization.",
  ),
  fromArticle(
    "seed-article-000",
    "paragraph 3",
    "The core focal point of the summit is the final communiqué released on 23 December.",
  ),
  communique(3, "ii"),
];

export const bamakoSummitEvents: StarterEvent[] = [
  {
    key: "aes-tv-inauguration-2025",
    titleEn: "AES Television inaugurated in Bamako",
    titleFr: "Inauguration de la Télévision AES à Bamako",
    summaryEn:
      "On 22 December 2025, the day before the heads-of-state session, the confederation launched its television channel, AES TV, in Bamako. Burkinabè press coverage cited by the article presents it as a way for the AES to speak with its own voice.",
    summaryFr:
      "Le 22 décembre 2025, veille de la session des chefs d'État, la Confédération lance à Bamako sa chaîne de télévision, AES TV. La presse burkinabè citée par l'article y voit un moyen pour l'AES de s'exprimer de sa propre voix.",
    category: "INFORMATION_MEDIA",
    ...ON_22_DEC,
    ...IN_BAMAKO,
    institutions: ["aes-tv", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 2",
        "the inauguration in Bamako on 22 December of two strategic showcases—a television channel and an investment bank",
      ),
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
      summitBeginsNoteI(),
      burkina24NoteV(),
    ],
  },
  {
    key: "bcid-aes-inauguration-2025",
    titleEn: "Confederal Investment and Development Bank (BCID-AES) inaugurated",
    titleFr:
      "Inauguration de la Banque confédérale pour l'investissement et le développement (BCID-AES)",
    summaryEn:
      "The confederation's investment and development bank, BCID-AES, was inaugurated in Bamako on 22 December 2025, before the heads of state met. The analysis sees it as a domestic funding tool for services and security, whose impact will depend on how fast it channels resources to the field.",
    summaryFr:
      "La banque d'investissement et de développement de la Confédération, la BCID-AES, est inaugurée à Bamako le 22 décembre 2025, avant la réunion des chefs d'État. L'analyse y voit un outil de financement interne des services et de la sécurité, dont l'effet dépendra de la rapidité avec laquelle il mobilisera des ressources sur le terrain.",
    category: "ECONOMIC",
    ...ON_22_DEC,
    ...IN_BAMAKO,
    institutions: ["bcid-aes", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 2",
        "the inauguration in Bamako on 22 December of two strategic showcases—a television channel and an investment bank",
      ),
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
  {
    key: "bamako-summit-2025",
    titleEn: "Bamako summit: 2nd ordinary session of the AES College of Heads of State",
    titleFr: "Sommet de Bamako : 2e session ordinaire du Collège des chefs d'État de l'AES",
    summaryEn:
      "The leaders of Mali, Burkina Faso and Niger met in Bamako on 22–23 December 2025 for the second ordinary session of the AES College of Heads of State. Two inaugurations opened the summit and the heads of state met on 23 December, focusing on joint military action, institution-building and economic cooperation.",
    summaryFr:
      "Les dirigeants du Mali, du Burkina Faso et du Niger se réunissent à Bamako les 22 et 23 décembre 2025 pour la deuxième session ordinaire du Collège des chefs d'État de l'AES. Deux inaugurations ouvrent le sommet et les chefs d'État siègent le 23 décembre, autour de l'action militaire commune, de la construction institutionnelle et de la coopération économique.",
    category: "SUMMIT",
    dateStart: "2025-12-22",
    dateEnd: "2025-12-23",
    datePrecision: "DAYS",
    ...IN_BAMAKO,
    actors: [
      { actor: "assimi-goita", role: "PARTICIPANT" },
      { actor: "ibrahim-traore", role: "PARTICIPANT" },
      { actor: "abdourahamane-tiani", role: "PARTICIPANT" },
    ],
    institutions: ["aes-confederation", "college-of-heads-of-state"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 1",
        "the Alliance of Sahel States (AES) Summit held in Bamako, the capital of Mali, on 22–23 December 2025",
      ),
      fromArticle(
        "seed-article-001",
        "paragraph 1",
        "On December 23, 2025, Mali, Burkina Faso, and Niger convened in Bamako, Mali, to hold the second summit of the Alliance of Sahel States (AES).",
      ),
      fromArticle(
        "seed-article-001",
        "paragraph 1",
        "attended by military leaders including Capt. Ibrahim Traoré (Burkina Faso), Gen. Assimi Goïta (Mali), and Gen. Abdourahamane Tchiani (Niger)",
      ),
      fromArticle(
        "seed-article-002",
        "paragraph 1",
        "This summit, the second for the AES Heads of State College, aims to solidify the alliance’s structure and kickstart new governing bodies.",
      ),
      fromArticle(
        "seed-article-003",
        "paragraph 1",
        "The Sahel Alliance summit in Bamako on December 22-23, 2025",
      ),
      fromArticle(
        "seed-article-003",
        "paragraph 7",
        "This summit represents the second session of the “College of Heads of State of the Sahel Alliance,”",
      ),
      summitBeginsNoteI(),
      communique(3, "ii"),
    ],
  },
  {
    key: "bamako-final-communique-2025",
    titleEn: "Final communiqué of the Bamako session",
    titleFr: "Communiqué final de la session de Bamako",
    summaryEn:
      "The final communiqué of the College of Heads of State, released on 23 December 2025, reviewed the confederation's first-year roadmap and strengthened the legal basis of its three pillars. According to the analysis, it records additional protocols, the confederal levy and bank, and the activation of the unified force.",
    summaryFr:
      "Le communiqué final du Collège des chefs d'État, publié le 23 décembre 2025, fait le bilan de la feuille de route de la première année de la Confédération et renforce le cadre juridique de ses trois piliers. Selon l'analyse, il consigne des protocoles additionnels, le prélèvement et la banque confédéraux, ainsi que l'activation de la force unifiée.",
    category: "INSTITUTIONAL_ACT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["college-of-heads-of-state", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 3",
        "The core focal point of the summit is the final communiqué released on 23 December.",
      ),
      fromArticle(
        "seed-article-000",
        "paragraph 3",
        "The communiqué provides a comprehensive assessment of the confederation’s first-year roadmap and strengthens the legal framework required for the full functionality of its three pillars.",
      ),
      communique(3, "ii"),
    ],
  },
  {
    key: "protocol-defence-security-2025",
    titleEn: "Additional protocol on defence and security adopted",
    titleFr: "Adoption d'un protocole additionnel relatif à la défense et à la sécurité",
    summaryEn:
      "The Bamako session adopted an additional protocol on defence and security, one of four protocols recorded in the final communiqué of 23 December 2025.",
    summaryFr:
      "La session de Bamako adopte un protocole additionnel relatif à la défense et à la sécurité, l'un des quatre protocoles consignés dans le communiqué final du 23 décembre 2025.",
    category: "AGREEMENT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["aes-confederation", "college-of-heads-of-state"],
    citations: PROTOCOLS_CITATIONS,
  },
  {
    key: "protocol-diplomatic-coordination-2025",
    titleEn: "Additional protocol on diplomatic coordination adopted",
    titleFr: "Adoption d'un protocole additionnel relatif à la coordination diplomatique",
    summaryEn:
      "The Bamako session adopted an additional protocol on the coordination of the three states' diplomacy, recorded in the final communiqué of 23 December 2025.",
    summaryFr:
      "La session de Bamako adopte un protocole additionnel relatif à la coordination de la diplomatie des trois États, consigné dans le communiqué final du 23 décembre 2025.",
    category: "AGREEMENT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["aes-confederation", "college-of-heads-of-state"],
    citations: PROTOCOLS_CITATIONS,
  },
  {
    key: "protocol-development-coordination-2025",
    titleEn: "Additional protocol on development coordination adopted",
    titleFr: "Adoption d'un protocole additionnel relatif à la coordination du développement",
    summaryEn:
      "The Bamako session adopted an additional protocol on coordinating development policies, recorded in the final communiqué of 23 December 2025.",
    summaryFr:
      "La session de Bamako adopte un protocole additionnel relatif à la coordination des politiques de développement, consigné dans le communiqué final du 23 décembre 2025.",
    category: "AGREEMENT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["aes-confederation", "college-of-heads-of-state"],
    citations: PROTOCOLS_CITATIONS,
  },
  {
    key: "protocol-parliamentary-sessions-2025",
    titleEn: "Additional protocol on confederal parliamentary sessions adopted",
    titleFr: "Adoption d'un protocole additionnel relatif aux sessions parlementaires confédérales",
    summaryEn:
      "The Bamako session adopted an additional protocol governing the confederation's parliamentary sessions, recorded in the final communiqué of 23 December 2025. The articles say nothing about when such sessions would be held.",
    summaryFr:
      "La session de Bamako adopte un protocole additionnel encadrant les sessions parlementaires de la Confédération, consigné dans le communiqué final du 23 décembre 2025. Les articles ne disent rien de la date de ces sessions.",
    category: "AGREEMENT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["confederal-parliament", "aes-confederation", "college-of-heads-of-state"],
    citations: PROTOCOLS_CITATIONS,
  },
  {
    key: "pc-aes-in-final-communique-2025",
    titleEn: "Final communiqué records the Confederal Levy (PC-AES)",
    titleFr: "Le communiqué final consigne le prélèvement confédéral (PC-AES)",
    summaryEn:
      "The Bamako final communiqué refers to the establishment of the Confederal Levy (PC-AES), which the analysis reads as a search for the confederation's own funding for services and security. The articles do not say when the levy was created or when collection began.",
    summaryFr:
      "Le communiqué final de Bamako fait état de l'institution du prélèvement confédéral (PC-AES), que l'analyse interprète comme la recherche d'un financement propre pour les services et la sécurité. Les articles ne précisent ni la date de création du prélèvement ni le début de sa perception.",
    category: "ECONOMIC",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["pc-aes", "aes-confederation"],
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
    key: "fu-aes-activation-2025",
    titleEn: "Unified Force (FU-AES) declared active; standard handed over",
    titleFr: "Activation de la Force unifiée (FU-AES) et remise de son étendard",
    summaryEn:
      "At the Bamako summit the AES officially declared its Unified Force (FU-AES) active and handed over the force's standard, as recorded in the final communiqué. The analysis notes that the real test is how quickly its operational coordination takes hold in early 2026.",
    summaryFr:
      "Au sommet de Bamako, l'AES déclare officiellement l'activation de sa Force unifiée (FU-AES) et lui remet son étendard, comme le consigne le communiqué final. L'analyse souligne que le véritable test sera la rapidité avec laquelle sa coordination opérationnelle se consolidera début 2026.",
    category: "STRATEGIC_DEVELOPMENT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["fu-aes", "aes-confederation"],
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
  {
    key: "joint-battalion-declared-2025",
    titleEn: "AES declares a joint battalion of about 5,000 troops",
    titleFr: "L'AES annonce un bataillon conjoint d'environ 5 000 hommes",
    summaryEn:
      "According to NextFin News, the alliance declared at the summit the formation and launch over a weekend of a joint battalion of about 5,000 troops. The report does not name the unit; another article reports Burkina Faso's president promising integrated battalions able to operate across borders.",
    summaryFr:
      "Selon NextFin News, l'alliance annonce lors du sommet la formation d'un bataillon conjoint d'environ 5 000 hommes et son lancement au cours d'un week-end. Le média ne nomme pas l'unité ; un autre article rapporte la promesse du président burkinabè de bataillons intégrés capables d'opérer au-delà des frontières.",
    category: "STRATEGIC_DEVELOPMENT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    actors: [{ actor: "ibrahim-traore", role: "PARTICIPANT" }],
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-001",
        "paragraph 1",
        "The alliance declared the formation and weekend launch of a joint battalion composed of approximately 5,000 troops.",
      ),
      fromArticle(
        "seed-article-002",
        "paragraph 2",
        "He promised the formation of integrated battalions, forces designed to operate across borders under the alliance’s banner.",
      ),
    ],
  },
  {
    key: "large-scale-operations-pledge-2025",
    titleEn: "AES leaders pledge large-scale joint operations",
    titleFr: "Les dirigeants de l'AES promettent des opérations conjointes de grande envergure",
    summaryEn:
      "At the summit, Capt. Ibrahim Traoré, newly named head of the AES, said the joint battalion must quickly be followed by large-scale operations against armed groups. The leaders pledged to step up joint operations to dismantle extremist networks.",
    summaryFr:
      "Lors du sommet, le capitaine Ibrahim Traoré, nouveau dirigeant de l'AES, affirme que le bataillon conjoint doit être rapidement suivi d'opérations de grande envergure contre les groupes armés. Les dirigeants s'engagent à intensifier les opérations conjointes pour démanteler les réseaux extrémistes.",
    category: "STRATEGIC_DEVELOPMENT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    actors: [{ actor: "ibrahim-traore", role: "PARTICIPANT" }],
    institutions: ["aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-001",
        "paragraph 1",
        'Capt. Traoré, the newly named AES leader, emphatically stated that this battalion must be followed by "large-scale operations in the coming days"',
      ),
      fromArticle(
        "seed-article-002",
        "paragraph 2",
        "AES leaders have pledged to intensify joint large-scale operations, aiming to dismantle extremist networks and restore order.",
      ),
    ],
  },
  {
    key: "presidency-handover-2025",
    titleEn: "Rotating AES presidency passes from Assimi Goïta to Ibrahim Traoré",
    titleFr: "La présidence tournante de l'AES passe d'Assimi Goïta à Ibrahim Traoré",
    summaryEn:
      "At the close of the Bamako summit, Gen. Assimi Goïta of Mali handed the confederation's rotating presidency to Capt. Ibrahim Traoré of Burkina Faso for a one-year term. Reports present the handover as continuity for the institution-building agenda.",
    summaryFr:
      "À la clôture du sommet de Bamako, le général Assimi Goïta (Mali) transmet la présidence tournante de la Confédération au capitaine Ibrahim Traoré (Burkina Faso) pour un mandat d'un an. Les comptes rendus y voient un gage de continuité du chantier institutionnel.",
    category: "INSTITUTIONAL_ACT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    actors: [
      { actor: "assimi-goita", role: "PARTICIPANT" },
      { actor: "ibrahim-traore", role: "PARTICIPANT" },
    ],
    institutions: ["college-of-heads-of-state", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 12",
        "At the conclusion of the summit, the transfer of the confederal presidency from Assimi Goïta to Ibrahim Traoré underscored an emphasis on continuity.",
      ),
      fromArticle(
        "seed-article-000",
        "paragraph 12",
        "It was reported that Traoré assumed the presidency with a one-year mandate",
      ),
      fromArticle("seed-article-001", "paragraph 1", "Capt. Traoré, the newly named AES leader"),
      actuNigerNoteVI(),
      burkina24NoteV(),
    ],
  },
  {
    key: "ecowas-consultations-endorsed-2025",
    titleEn: "Bamako communiqué endorses the consultations with ECOWAS",
    titleFr: "Le communiqué de Bamako entérine les consultations avec la CEDEAO",
    summaryEn:
      "The final communiqué takes note of the negotiation process with ECOWAS and endorses the consultations of 22 May 2025, while declaring a common stance against pressure from within the region. The analysis reads this as keeping a controlled channel open to the bloc.",
    summaryFr:
      "Le communiqué final prend acte du processus de négociation avec la CEDEAO et entérine les consultations du 22 mai 2025, tout en affichant une position commune face aux pressions venues de la région. L'analyse y voit le maintien d'un canal de dialogue maîtrisé avec le bloc.",
    category: "DIPLOMATIC",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    actors: [{ actor: "ecowas", role: "PARTICIPANT" }],
    institutions: ["college-of-heads-of-state", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 11",
        "The recording of the negotiation process with the Economic Community of West African States (ECOWAS) and the endorsement of the consultations held on 22 May 2025",
      ),
      fromArticle(
        "seed-article-000",
        "paragraph 11",
        "it also declares a common stance against pressures that may arise from within the region",
      ),
      communique(11),
    ],
  },
  {
    key: "judicial-cooperation-call-2025",
    titleEn: "Bamako communiqué calls for closer judicial cooperation",
    titleFr: "Le communiqué de Bamako appelle à renforcer la coopération judiciaire",
    summaryEn:
      "The final communiqué calls for stronger judicial cooperation among the three states, which the analysis reads as an effort to build legal capacity alongside the armed struggle.",
    summaryFr:
      "Le communiqué final appelle à renforcer la coopération judiciaire entre les trois États, ce que l'analyse interprète comme un effort pour bâtir une capacité juridique parallèlement à la lutte armée.",
    category: "INSTITUTIONAL_ACT",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["college-of-heads-of-state", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 8",
        "The communiqué’s call for enhanced judicial cooperation",
      ),
      communique(8),
    ],
  },
  {
    key: "economic-policy-convergence-2025",
    titleEn: "Bamako summit backs economic policy convergence",
    titleFr: "Le sommet de Bamako soutient la convergence des politiques économiques",
    summaryEn:
      "The final communiqué refers to aligning the three states' policies on customs, mining, industry, transport and investment, and the summit endorsed closer economic cooperation alongside security efforts.",
    summaryFr:
      "Le communiqué final évoque l'harmonisation des politiques des trois États en matière de douanes, de mines, d'industrie, de transports et d'investissement, et le sommet soutient une coopération économique renforcée, en complément de l'effort sécuritaire.",
    category: "ECONOMIC",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["college-of-heads-of-state", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 7",
        "The communiqué’s reference to policy convergence in areas such as customs, mining, industry, transportation, and investment",
      ),
      communique(7, "iv"),
      fromArticle(
        "seed-article-001",
        "paragraph 3",
        "The summit also endorsed enhanced economic cooperation as a complementary dimension to security efforts",
      ),
    ],
  },
  {
    key: "information-sharing-instruction-2025",
    titleEn: "Bamako communiqué targets disinformation and orders official information sharing",
    titleFr:
      "Le communiqué de Bamako vise la désinformation et prescrit un partage officiel de l'information",
    summaryEn:
      "The final communiqué names economic and media terrorism and disinformation campaigns among the threats, and instructs that information be shared regularly and officially to counter hostile campaigns.",
    summaryFr:
      "Le communiqué final range le terrorisme économique et médiatique ainsi que les campagnes de désinformation parmi les menaces, et prescrit un partage régulier et officiel de l'information pour contrer les campagnes hostiles.",
    category: "INFORMATION_MEDIA",
    ...ON_23_DEC,
    ...IN_BAMAKO,
    institutions: ["college-of-heads-of-state", "aes-confederation"],
    citations: [
      fromArticle(
        "seed-article-000",
        "paragraph 4",
        "by explicitly referring to “economic and media terrorism” as well as disinformation campaigns",
      ),
      communique(4, "iii"),
      fromArticle(
        "seed-article-000",
        "paragraph 10",
        "The instruction in the communiqué to ensure regular and official information sharing against negative campaigns",
      ),
      communique(10),
    ],
  },
];
