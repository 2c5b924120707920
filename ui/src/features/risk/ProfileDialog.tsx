// The risk inputs only a person can give: how far the vendor reaches into our systems, how
// hard it is to replace, and an override of the computed level (which needs a reason).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { Field } from "../../components/Field";
import { SaveProblem } from "../../components/SaveProblem";
import { useEditSession } from "../../components/useEditSession";
import { useFieldErrors } from "../../components/useFieldErrors";
import { getRiskProfileEdit, queryKeys, referenceData, invalidateAfter, saveRiskProfile, type Edit, type RiskProfileDraft, type Vendor } from "../../ipc";

/** `edit`: the profile's fields and their revision, read when the dialog opened. */
export function ProfileDialog({ vendor, edit, onDone }: { vendor: Vendor; edit: Edit<RiskProfileDraft>; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const session = useEditSession(edit, edit.draft);
  const { draft, setDraft } = session;
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const save = useMutation({
    mutationFn: () => saveRiskProfile(vendor.id, session.edit()),
    onSuccess: () => {
      invalidateAfter(client, "risk_profile_save");
      onDone();
    },
    onError: (error) => {
      void session.reloadIfChanged(error, () => getRiskProfileEdit(vendor.id));
      fieldErrors.take(error);
    },
  });
  const set = (key: keyof RiskProfileDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    session.clearReloaded();
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
        <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
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
