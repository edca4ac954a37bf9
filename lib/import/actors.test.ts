import { describe, expect, it } from "vitest";
import { actorSlug, describeDatasetActor } from "./actors";

describe("describeDatasetActor", () => {
  it("infers state forces, civilians and armed groups from UCDP names", () => {
    expect(describeDatasetActor("Government of Mali")).toMatchObject({
      kind: "STATE_FORCE",
      nameFr: "Gouvernement du Mali",
      countryId: "ML",
    });
    expect(describeDatasetActor("Government of Mauritania")).toMatchObject({
      kind: "STATE_FORCE",
      countryId: null,
    });
    expect(describeDatasetActor("Civilians")).toMatchObject({
      kind: "CIVILIANS",
      nameFr: "Civils",
    });
    expect(describeDatasetActor("JNIM")).toMatchObject({
      kind: "ARMED_GROUP",
      nameEn: "JNIM",
      nameFr: "JNIM",
    });
  });

  it("describes UCDP's unidentified-actor placeholders with their country", () => {
    expect(describeDatasetActor("XXX436")).toMatchObject({
      kind: "ARMED_GROUP",
      countryId: "NE",
      descriptionEn: "Actor UCDP could not identify (its placeholder XXX436, Niger).",
    });
  });
});

describe("actorSlug", () => {
  it("is readable and accent-free", () => {
    expect(actorSlug("Government of Burkina Faso")).toBe("government-of-burkina-faso");
    expect(actorSlug("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")).toBe(
      "jama-atu-ahlis-sunna-lidda-awati-wal-jihad",
    );
    expect(actorSlug("Sékou Bolly group")).toBe("sekou-bolly-group");
  });
});
