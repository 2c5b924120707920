// The i18n layer: i18next with bundled resources (no network backend).
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";

export const defaultNS = "translation";

void i18n.use(initReactI18next).init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
