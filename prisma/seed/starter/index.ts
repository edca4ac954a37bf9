/**
 * The curated starter dataset, written by hand from the five seed articles in ../shared/seeds.
 * Every event, milestone, observation and institution cites the article (or a reference the article
 * lists with its URL) that supports it; starter.test.ts checks this against the articles themselves.
 */
import { starterActors } from "./actors";
import { starterEvents } from "./events";
import { starterIndicators, starterObservations } from "./indicators";
import { starterInstitutions } from "./institutions";
import { starterSources } from "./sources";
import type { StarterDataset } from "./types";

export const starterDataset: StarterDataset = {
  sources: starterSources,
  actors: starterActors,
  events: starterEvents,
  institutions: starterInstitutions,
  indicators: starterIndicators,
  observations: starterObservations,
};
