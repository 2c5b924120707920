// The risk inputs only a person can give: how far the vendor reaches into our systems, how
// hard it is to replace, and an override of the computed level (which needs a reason).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useFieldErrors } from "../../components/useFieldErrors";
import { queryKeys, referenceData, invalidateAfter, saveRiskProfile, type RiskProfile, type RiskProfileDraft, type Vendor } from "../../ipc";

export function ProfileDialog({ vendor, profile, onDone }: { vendor: Vendor; profile: RiskProfile; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [draft, setDraft] = useState<RiskProfileDraft>({
    access: profile.access,
    substitutability: profile.substitutability,
    overrideLevel: profile.overrideLevel ?? "",
    overrideReason: profile.overrideReason ?? "",
  });
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const save = useMutation({
    mutationFn: () => saveRiskProfile(vendor.id, draft),
    onSuccess: () => {
      invalidateAfter(client, "risk_profile_save");
      onDone();
    },
    onError: fieldErrors.take,
  });
  const set = (key: keyof RiskProfileDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    save.mutate();
  };
  const lists = reference.data;
  return (
    <Dialog
      title={t("risk.profileTitle", { vendor: vendor.name })}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="risk-profile-form" className="button button-primary" disabled={save.isPending} data-testid="risk-profile-save">
            {t("common.save")}
          </button>
        </>
      }
    >
      <form id="risk-profile-form" className="form" onSubmit={submit} noValidate>
        {save.error && !fieldErrors.isFieldError(save.error) ? <ErrorBanner error={save.error} /> : null}
        <div className="grid-2">
          <Field label={t("risk.fields.access")} error={errors.access}>
            <select className="input" name="access" value={draft.access} onChange={(e) => set("access", e.target.value)}>
              {lists?.accessLevels.map((a) => (
                <option key={a} value={a}>
                  {t(`access.${a}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("risk.fields.substitutability")} error={errors.substitutability}>
            <select className="input" name="substitutability" value={draft.substitutability} onChange={(e) => set("substitutability", e.target.value)}>
              {lists?.substitutabilities.map((s) => (
                <option key={s} value={s}>
                  {t(`substitutability.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t("risk.fields.override")} error={errors.overrideLevel} hint={t("risk.overrideHint")}>
          <select className="input" name="overrideLevel" value={draft.overrideLevel} onChange={(e) => set("overrideLevel", e.target.value)}>
            <option value="">{t("risk.noOverride")}</option>
            {lists?.levels.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("risk.fields.reason")} error={errors.overrideReason}>
          <textarea className="input" rows={3} name="overrideReason" value={draft.overrideReason} onChange={(e) => set("overrideReason", e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
