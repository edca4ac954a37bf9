/**
 * Message catalogs, one file per area of the product (lib/i18n/messages/<locale>/<area>.json),
 * merged into one object per locale. Every file's top-level keys are its namespaces; a namespace
 * must live in exactly one file (a unit test checks it, and that both locales have the same keys).
 */
import enAdmin from "./en/admin.json";
import enApi from "./en/api.json";
import enAuth from "./en/auth.json";
import enExplore from "./en/explore.json";
import enFigures from "./en/figures.json";
import enHome from "./en/home.json";
import enShell from "./en/shell.json";
import frAdmin from "./fr/admin.json";
import frApi from "./fr/api.json";
import frAuth from "./fr/auth.json";
import frExplore from "./fr/explore.json";
import frFigures from "./fr/figures.json";
import frHome from "./fr/home.json";
import frShell from "./fr/shell.json";
import type { Locale } from "../routing";

export const catalogFiles = {
  en: {
    shell: enShell,
    home: enHome,
    explore: enExplore,
    figures: enFigures,
    auth: enAuth,
    admin: enAdmin,
    api: enApi,
  },
  fr: {
    shell: frShell,
    home: frHome,
    explore: frExplore,
    figures: frFigures,
    auth: frAuth,
    admin: frAdmin,
    api: frApi,
  },
} satisfies Record<Locale, Record<string, Record<string, unknown>>>;

export type Messages = Record<string, unknown>;

export function messagesFor(locale: Locale): Messages {
  return Object.assign({}, ...Object.values(catalogFiles[locale])) as Messages;
}
