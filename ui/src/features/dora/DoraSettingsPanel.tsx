// How the register is filed: for the group (CON) or one entity (IND), the currency amounts are
// reported in, and the package's name (the EBA's unless the authority names packages
// otherwise). The currencies are the EBA's list, from Rust.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field";
import { invalidateAfter, isIpcError, saveDoraSettings, type DoraSettings, type FieldInfo } from "../../ipc";

/** The EBA's package name; a setting can replace it. */
const EBA_PATTERN = "{lei}.{scope}_{country}_DORA010100_DORA_{ref}_{time}";

export function DoraSettingsPanel({ settings, fields }: { settings: DoraSettings; fields: FieldInfo[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState(settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const currencies = fields.find((f) => f.kind === "entity" && f.name === "currency")?.allowed ?? [];
  const save = useMutation({
    mutationFn: () => saveDoraSettings(draft),
    onSuccess: () => {
      setErrors({});
      invalidateAfter(client, "dora_settings_save");
    },
    onError: (error) => {
      if (isIpcError(error) && error.code === "validation") setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
    },
  });
  const changed = JSON.stringify(draft) !== JSON.stringify(settings);
  return (
    <details className="dora-settings" data-testid="dora-settings">
      <summary>{t("doraSettings.title", { scope: settings.scope, currency: settings.baseCurrency })}</summary>
      <div className="form-grid">
        <Field label={t("doraSettings.scope")}>
          <select className="input" value={draft.scope} onChange={(e) => setDraft({ ...draft, scope: e.target.value as DoraSettings["scope"] })}>
            <option value="CON">{t("doraSettings.consolidated")}</option>
            <option value="IND">{t("doraSettings.individual")}</option>
          </select>
        </Field>
        <Field label={t("doraSettings.baseCurrency")} error={errors.baseCurrency}>
          <select className="input" value={draft.baseCurrency} onChange={(e) => setDraft({ ...draft, baseCurrency: e.target.value })}>
            {currencies.map((c) => {
              const code = c.code.slice(c.code.indexOf(":") + 1);
              return (
                <option key={code} value={code}>
                  {c.label ? `${c.label} (${code})` : code}
                </option>
              );
            })}
          </select>
        </Field>
        <Field label={t("doraSettings.namePattern")} hint={t("doraSettings.namePatternHint")}>
          <input className="input mono" value={draft.namePattern} onChange={(e) => setDraft({ ...draft, namePattern: e.target.value })} />
        </Field>
      </div>
      <div className="inline-actions">
        <button type="button" className="button" disabled={draft.namePattern === EBA_PATTERN} onClick={() => setDraft({ ...draft, namePattern: EBA_PATTERN })}>
          {t("doraSettings.ebaName")}
        </button>
        <button type="button" className="button button-primary" disabled={!changed || save.isPending} onClick={() => save.mutate()}>
          {t("common.save")}
        </button>
      </div>
    </details>
  );
}
