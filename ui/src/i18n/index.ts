// The i18n layer: i18next with bundled resources (no network backend), in English and Bahasa
// Indonesia. Rust decides the locale (the system's, VENDOR_RISK_LANG, or the person's choice):
// its language picks the strings, its full tag (en-IE, id-ID) the order of dates and numbers.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { UiLocale } from "../ipc";
import { en } from "./en";
import { id } from "./id";

export const defaultNS = "translation";

void i18n.use(initReactI18next).init({
  lng: "en",
  fallbackLng: "en",
  supportedLngs: ["en", "id"],
  resources: { en: { translation: en }, id: { translation: id } },
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  showSupportNotice: false,
});

let formatTag = "en";

/** The BCP 47 tag dates and numbers follow (`en-IE`: 27/11/2025). */
export function formatLocale(): string {
  return formatTag;
}

/** Switches the strings and the formats to the locale Rust resolved. */
export async function applyLocale(locale: UiLocale): Promise<void> {
  formatTag = locale.tag;
  document.documentElement.lang = locale.tag;
  await i18n.changeLanguage(locale.locale.language);
}

export default i18n;
