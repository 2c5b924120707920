// The language menu: the system's language, or one the app speaks, kept in the preferences.
// Rust resolves what the choice means (which region's dates go with it).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { applyLocale } from "../i18n";
import { LanguageOptions } from "./LanguagePicker";
import { getLocale, invalidateAfter, queryKeys, setLocale, type Language } from "../ipc";

export function LanguageSwitch() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const locale = useQuery({ queryKey: queryKeys.locale, queryFn: getLocale, staleTime: Infinity });
  const choose = useMutation({
    mutationFn: (language: Language | null) => setLocale(language),
    onSuccess: async (next) => {
      client.setQueryData(queryKeys.locale, next);
      await applyLocale(next);
      invalidateAfter(client, "locale_set");
    },
  });
  if (!locale.data) return null;
  return (
    <label className="language-switch small">
      <span className="muted">{t("language.label")}</span>
      <select
        className="input input-small"
        data-testid="language"
        value={locale.data.chosen ?? ""}
        disabled={choose.isPending}
        onChange={(e) => choose.mutate(e.target.value === "" ? null : (e.target.value as Language))}
      >
        <option value="">{t("language.system")}</option>
        <LanguageOptions languages={locale.data.languages} />
      </select>
    </label>
  );
}
