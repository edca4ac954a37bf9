/**
 * Actors mentioned in the five seed articles. Descriptions state only what the articles say.
 * Aliases may add widely used acronyms and translations of a name (naming, not a factual claim).
 *
 * Not included because no article names them: the VDP (the articles speak only of "allied
 * militias" in Burkina Faso), Operation Barkhane, and any national-army unit by name.
 */
import type { StarterActor } from "./types";

export const starterActors: StarterActor[] = [
  // --- Governments and leaders of the three AES states -------------------------------------------
  {
    key: "government-ml",
    nameEn: "Government of Mali",
    nameFr: "Gouvernement du Mali",
    kind: "GOVERNMENT",
    aliases: ["Malian military government", "Malian junta"],
    country: "ML",
    descriptionEn: "Mali's military government, a founding member of the Alliance of Sahel States.",
    descriptionFr:
      "Gouvernement militaire du Mali, membre fondateur de l'Alliance des États du Sahel.",
  },
  {
    key: "government-bf",
    nameEn: "Government of Burkina Faso",
    nameFr: "Gouvernement du Burkina Faso",
    kind: "GOVERNMENT",
    aliases: ["Burkinabè military government", "Burkinabè junta"],
    country: "BF",
    descriptionEn:
      "Burkina Faso's military government, a founding member of the Alliance of Sahel States.",
    descriptionFr:
      "Gouvernement militaire du Burkina Faso, membre fondateur de l'Alliance des États du Sahel.",
  },
  {
    key: "government-ne",
    nameEn: "Government of Niger",
    nameFr: "Gouvernement du Niger",
    kind: "GOVERNMENT",
    aliases: ["Nigerien military government", "Nigerien junta"],
    country: "NE",
    descriptionEn:
      "Niger's military government, a founding member of the Alliance of Sahel States.",
    descriptionFr:
      "Gouvernement militaire du Niger, membre fondateur de l'Alliance des États du Sahel.",
  },
  {
    key: "assimi-goita",
    nameEn: "Assimi Goïta",
    nameFr: "Assimi Goïta",
    kind: "PERSON",
    aliases: ["Gen. Assimi Goïta", "Général Assimi Goïta", "Assimi GOÏTA", "Assimi Goita"],
    country: "ML",
    affiliation: "government-ml",
    descriptionEn:
      "General, Mali's military leader. Held the AES confederal presidency until handing it to Ibrahim Traoré at the Bamako summit of December 2025.",
    descriptionFr:
      "Général, dirigeant militaire du Mali. A exercé la présidence confédérale de l'AES jusqu'à sa passation à Ibrahim Traoré au sommet de Bamako de décembre 2025.",
  },
  {
    key: "ibrahim-traore",
    nameEn: "Ibrahim Traoré",
    nameFr: "Ibrahim Traoré",
    kind: "PERSON",
    aliases: [
      "Capt. Ibrahim Traoré",
      "Captain Ibrahim Traoré",
      "Capitaine Ibrahim TRAORÉ",
      "Ibrahim Traore",
    ],
    country: "BF",
    affiliation: "government-bf",
    descriptionEn:
      "Captain, Burkina Faso's military leader and president. Took over the AES confederal presidency for one year at the Bamako summit of December 2025.",
    descriptionFr:
      "Capitaine, dirigeant militaire et président du Burkina Faso. Prend la présidence confédérale de l'AES pour un an au sommet de Bamako de décembre 2025.",
  },
  {
    key: "abdourahamane-tiani",
    nameEn: "Abdourahamane Tiani",
    nameFr: "Abdourahamane Tiani",
    kind: "PERSON",
    aliases: [
      "Abdourahamane Tchiani",
      "Gen. Abdourahamane Tchiani",
      "Gen. Tchiani",
      "Général Tiani",
    ],
    country: "NE",
    affiliation: "government-ne",
    descriptionEn:
      'General, Niger\'s military leader; attended the Bamako summit of December 2025 (spelled "Tchiani" by NextFin News).',
    descriptionFr:
      "Général, dirigeant militaire du Niger ; présent au sommet de Bamako de décembre 2025 (orthographié « Tchiani » par NextFin News).",
  },

  // --- National forces and allied militias --------------------------------------------------------
  {
    key: "fama",
    nameEn: "Malian Armed Forces",
    nameFr: "Forces armées maliennes",
    kind: "STATE_FORCE",
    aliases: ["FAMa", "Malian army", "armée malienne"],
    country: "ML",
    affiliation: "government-ml",
    descriptionEn:
      "Mali's national army. The articles refer to it only generically (national armies, government forces).",
    descriptionFr:
      "Armée nationale du Mali. Les articles n'en parlent que de façon générique (armées nationales, forces gouvernementales).",
  },
  {
    key: "bf-armed-forces",
    nameEn: "Burkina Faso Armed Forces",
    nameFr: "Forces armées du Burkina Faso",
    kind: "STATE_FORCE",
    aliases: ["Burkinabè army", "armée burkinabè"],
    country: "BF",
    affiliation: "government-bf",
    descriptionEn:
      'Burkina Faso\'s national army. Human Rights Watch, as cited by "The Alliance That Cannot Win", attributes at least 439 civilian deaths in 2024 to government forces and allied militias.',
    descriptionFr:
      "Armée nationale du Burkina Faso. Selon Human Rights Watch, cité par « The Alliance That Cannot Win », les forces gouvernementales et les milices alliées ont tué au moins 439 civils en 2024.",
  },
  {
    key: "fan-niger",
    nameEn: "Niger Armed Forces",
    nameFr: "Forces armées nigériennes",
    kind: "STATE_FORCE",
    aliases: ["FAN", "Nigerien army", "armée nigérienne"],
    country: "NE",
    affiliation: "government-ne",
    descriptionEn:
      "Niger's national army. The articles refer to it only generically (national armies, government forces).",
    descriptionFr:
      "Armée nationale du Niger. Les articles n'en parlent que de façon générique (armées nationales, forces gouvernementales).",
  },
  {
    key: "bf-allied-militias",
    nameEn: "Government-allied militias (Burkina Faso)",
    nameFr: "Milices alliées au gouvernement (Burkina Faso)",
    kind: "MILITIA",
    aliases: ["allied militias"],
    country: "BF",
    affiliation: "government-bf",
    descriptionEn:
      "Militias fighting alongside Burkina Faso's government forces; the articles do not name them.",
    descriptionFr:
      "Milices combattant aux côtés des forces gouvernementales burkinabè ; les articles ne les nomment pas.",
  },

  // --- Jihadist groups ---------------------------------------------------------------------------
  {
    key: "al-qaeda",
    nameEn: "Al-Qaeda",
    nameFr: "Al-Qaïda",
    kind: "ARMED_GROUP",
    aliases: ["al Qaeda", "Al-Qaïda"],
    descriptionEn: "Jihadist organisation; JNIM is its Sahelian affiliate.",
    descriptionFr: "Organisation djihadiste ; le JNIM en est l'affilié sahélien.",
  },
  {
    key: "jnim",
    nameEn: "Jama'at Nusrat al-Islam wal-Muslimin",
    nameFr: "Groupe de soutien à l'islam et aux musulmans",
    kind: "ARMED_GROUP",
    aliases: [
      "JNIM",
      "GSIM",
      "Jama’at Nusrat al-Islam wal-Muslimin",
      "Group for the Support of Islam and Muslims",
      "Groupe de soutien à l'islam et aux musulmans",
    ],
    affiliation: "al-qaeda",
    descriptionEn:
      "Al-Qaeda's Sahelian affiliate: a loose coalition whose constituent groups (Ansar Dine, Katibat Macina, al-Mourabitoun, AQIM's Sahara branch) keep their own identities. Strongly rooted in central Mali and northern Burkina Faso.",
    descriptionFr:
      "Affilié sahélien d'al-Qaïda : coalition souple dont les composantes (Ansar Dine, Katibat Macina, Al-Mourabitoune, branche saharienne d'AQMI) gardent leur identité propre. Fortement implanté au centre du Mali et dans le nord du Burkina Faso.",
  },
  {
    key: "ansar-dine",
    nameEn: "Ansar Dine",
    nameFr: "Ansar Dine",
    kind: "ARMED_GROUP",
    aliases: ["Ansar Eddine", "Ansar ad-Din"],
    affiliation: "jnim",
    descriptionEn: "A constituent group of JNIM.",
    descriptionFr: "Une composante du JNIM.",
  },
  {
    key: "katibat-macina",
    nameEn: "Katibat Macina",
    nameFr: "Katiba Macina",
    kind: "ARMED_GROUP",
    aliases: ["Katiba Macina", "Macina Katiba"],
    affiliation: "jnim",
    descriptionEn: "A constituent group of JNIM.",
    descriptionFr: "Une composante du JNIM.",
  },
  {
    key: "al-mourabitoun",
    nameEn: "Al-Mourabitoun",
    nameFr: "Al-Mourabitoune",
    kind: "ARMED_GROUP",
    aliases: ["al-Mourabitoun", "Al-Mourabitoune", "al-Murabitun"],
    affiliation: "jnim",
    descriptionEn: "A constituent group of JNIM.",
    descriptionFr: "Une composante du JNIM.",
  },
  {
    key: "aqim-sahara-branch",
    nameEn: "AQIM's Sahara branch",
    nameFr: "Branche saharienne d'AQMI",
    kind: "ARMED_GROUP",
    aliases: [
      "AQIM Sahara branch",
      "Al-Qaeda in the Islamic Maghreb (Sahara branch)",
      "AQMI (branche saharienne)",
    ],
    affiliation: "jnim",
    descriptionEn:
      "The Sahara branch of al-Qaeda in the Islamic Maghreb, a constituent group of JNIM.",
    descriptionFr: "Branche saharienne d'al-Qaïda au Maghreb islamique, composante du JNIM.",
  },
  {
    key: "islamic-state",
    nameEn: "Islamic State",
    nameFr: "État islamique",
    kind: "ARMED_GROUP",
    aliases: ["ISIS", "Daech"],
    descriptionEn: "Jihadist organisation whose Sahel branch is the Islamic State Sahel Province.",
    descriptionFr:
      "Organisation djihadiste dont la branche sahélienne est l'État islamique au Sahel.",
  },
  {
    key: "issp",
    nameEn: "Islamic State Sahel Province",
    nameFr: "État islamique au Sahel",
    kind: "ARMED_GROUP",
    aliases: [
      "ISSP",
      "ISGS",
      "EIGS",
      "EIS",
      "Islamic State in the Greater Sahara",
      "État islamique au Grand Sahara",
      "Sahel branch of ISIS",
    ],
    affiliation: "islamic-state",
    descriptionEn:
      "The Islamic State's Sahel branch (called ISGS in one article, Islamic State Sahel Province in another); mobile in western Niger and along the Liptako-Gourma corridor.",
    descriptionFr:
      "Branche sahélienne de l'État islamique (appelée ISGS dans un article, Islamic State Sahel Province dans un autre) ; mobile dans l'ouest du Niger et le long du corridor du Liptako-Gourma.",
  },

  // --- Foreign forces and governments -------------------------------------------------------------
  {
    key: "russia",
    nameEn: "Russia",
    nameFr: "Russie",
    kind: "GOVERNMENT",
    aliases: ["Russian Federation", "Moscow"],
    descriptionEn:
      "Security partner of the three AES governments: military contractors, arms, training and economic deals, according to the articles.",
    descriptionFr:
      "Partenaire sécuritaire des trois gouvernements de l'AES : sociétés militaires, armes, formation et accords économiques, selon les articles.",
  },
  {
    key: "africa-corps",
    nameEn: "Africa Corps",
    nameFr: "Africa Corps",
    kind: "FOREIGN_FORCE",
    aliases: ["Russian Africa Corps", "Africa Corps russe"],
    affiliation: "russia",
    descriptionEn:
      "Russian military contractors, successors to the Wagner Group, operating alongside government forces in Mali, Burkina Faso and Niger.",
    descriptionFr:
      "Contractuels militaires russes, successeurs du groupe Wagner, opérant aux côtés des forces gouvernementales au Mali, au Burkina Faso et au Niger.",
  },
  {
    key: "wagner-group",
    nameEn: "Wagner Group",
    nameFr: "Groupe Wagner",
    kind: "FOREIGN_FORCE",
    aliases: ["Wagner"],
    affiliation: "russia",
    descriptionEn:
      "Group whose successor in the Sahel is the Africa Corps (Russian military contractors).",
    descriptionFr:
      "Groupe auquel a succédé au Sahel l'Africa Corps (contractuels militaires russes).",
  },
  {
    key: "french-forces",
    nameEn: "French armed forces",
    nameFr: "Forces armées françaises",
    kind: "FOREIGN_FORCE",
    aliases: ["French forces", "forces françaises"],
    descriptionEn:
      "French troops, which withdrew from Mali in 2022 and were expelled by the juntas.",
    descriptionFr: "Troupes françaises, retirées du Mali en 2022 et expulsées par les juntes.",
  },
  {
    key: "us-forces",
    nameEn: "United States forces",
    nameFr: "Forces des États-Unis",
    kind: "FOREIGN_FORCE",
    aliases: ["US forces", "U.S. forces", "forces américaines"],
    descriptionEn:
      "US military presence in the region; the articles describe it as reduced and as expelled by the AES states.",
    descriptionFr:
      "Présence militaire américaine dans la région ; les articles la décrivent comme réduite et expulsée par les États de l'AES.",
  },

  // --- Regional and international organisations ---------------------------------------------------
  {
    key: "ecowas",
    nameEn: "Economic Community of West African States",
    nameFr: "Communauté économique des États de l'Afrique de l'Ouest",
    kind: "INTERNATIONAL_ORGANISATION",
    aliases: ["ECOWAS", "CEDEAO"],
    descriptionEn:
      "West African regional bloc that sanctioned the juntas; Mali, Burkina Faso and Niger announced their exit in January 2024, effective January 2025.",
    descriptionFr:
      "Bloc régional ouest-africain qui a sanctionné les juntes ; le Mali, le Burkina Faso et le Niger ont annoncé leur retrait en janvier 2024, effectif en janvier 2025.",
  },
  {
    key: "g5-sahel",
    nameEn: "G5 Sahel",
    nameFr: "G5 Sahel",
    kind: "INTERNATIONAL_ORGANISATION",
    aliases: ["G5S"],
    descriptionEn:
      "Former regional security framework; collapsed in December 2023 after Mali, Burkina Faso and Niger withdrew.",
    descriptionFr:
      "Ancien cadre sécuritaire régional ; effondré en décembre 2023 après le retrait du Mali, du Burkina Faso et du Niger.",
  },
  {
    key: "minusma",
    nameEn: "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    nameFr: "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali",
    kind: "INTERNATIONAL_ORGANISATION",
    aliases: ["MINUSMA", "UN peacekeepers in Mali"],
    country: "ML",
    descriptionEn:
      "UN peacekeeping mission in Mali; jihadist attacks increased after its withdrawal (undated in the articles).",
    descriptionFr:
      "Mission de maintien de la paix de l'ONU au Mali ; les attaques djihadistes ont augmenté après son retrait (non daté dans les articles).",
  },
  {
    key: "african-union",
    nameEn: "African Union",
    nameFr: "Union africaine",
    kind: "INTERNATIONAL_ORGANISATION",
    aliases: ["AU", "UA"],
    descriptionEn: "Continental organisation that suspended the three juntas' membership.",
    descriptionFr: "Organisation continentale qui a suspendu la participation des trois juntes.",
  },

  // --- Civilians ---------------------------------------------------------------------------------
  {
    key: "civilians",
    nameEn: "Civilians",
    nameFr: "Civils",
    kind: "CIVILIANS",
    aliases: ["civilian population", "population civile"],
    descriptionEn: "Non-combatants targeted in attacks and massacres.",
    descriptionFr: "Non-combattants visés par des attaques et des massacres.",
  },
];
