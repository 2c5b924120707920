// Our organisation's profile: where we are established and what we are under the law. It
// decides which notification regimes apply, the time zone deadlines run in, and the holidays
// business days skip.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { SaveProblem } from "../../components/SaveProblem";
import { useEditSession } from "../../components/useEditSession";
import { MultiSelect } from "../../components/MultiSelect";
import { useFieldErrors } from "../../components/useFieldErrors";
import { countryName, formatDate } from "../../format";
import {
  getOrgProfileEdit,
  invalidateAfter,
  queryKeys,
  referenceData,
  saveOrgProfile,
  type Edit,
  type OrgProfileDraft,
  type ReferenceLists,
} from "../../ipc";

export function OrgProfileScreen() {
  const { t } = useTranslation();
  const loaded = useQuery({ queryKey: [...queryKeys.orgProfile, "edit"], queryFn: getOrgProfileEdit });
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  // A failed refresh keeps the form (and what is typed in it); only a failed first load shows the error.
  if (!loaded.data && loaded.error) return <ErrorBanner error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data || !reference.data) return <div className="splash">{t("common.loading")}</div>;
  // Mounted once: a change someone else saves meanwhile does not wipe what is being typed; the
  // save then says so and reloads with the typing kept.
  return <OrgProfileForm opened={loaded.data} reference={reference.data} />;
}

function OrgProfileForm({ opened, reference }: { opened: Edit<OrgProfileDraft>; reference: ReferenceLists }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const session = useEditSession(opened, opened.draft);
  const { draft, setDraft } = session;
  const [saved, setSaved] = useState(false);
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const countryOptions = useMemo(
    () => reference.countries.map((c) => ({ value: c, label: countryName(c), hint: c })).sort((a, b) => a.label.localeCompare(b.label)),
    [reference],
  );
  const save = useMutation({
    mutationFn: () => saveOrgProfile(session.edit()),
    onSuccess: async () => {
      invalidateAfter(client, "org_profile_save");
      session.rebase(await getOrgProfileEdit());
      setSaved(true);
    },
    onError: (error) => {
      void session.reloadIfChanged(error, getOrgProfileEdit);
      fieldErrors.take(error);
    },
  });
  const set = <K extends keyof OrgProfileDraft>(key: K, value: OrgProfileDraft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    session.clearReloaded();
    save.mutate();
  };
  const upcoming = draft.holidays.map((h, index) => ({ ...h, index })).filter((h) => h.date >= new Date().toISOString().slice(0, 10) || h.date === "");
  return (
    <section className="screen screen-scroll" aria-labelledby="org-title">
      <header className="screen-header">
        <div>
          <h1 id="org-title">{t("org.title")}</h1>
          <p className="muted">{t("org.subtitle")}</p>
        </div>
      </header>
      <form className="form panel org-form" onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && (
          <div className="banner banner-error" role="alert">
            {t("vendorForm.invalid", { count: Object.keys(errors).length })}
          </div>
        )}
        <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
        {saved && (
          <div className="banner banner-info" role="status">
            {t("org.saved")}
          </div>
        )}
        <div className="grid-2">
          <Field label={t("org.fields.name")} error={errors.name}>
            <input className="input" name="name" value={draft.name} onChange={(e) => set("name", e.target.value)} />
          </Field>
          <Field label={t("org.fields.timeZone")} error={errors.timeZone} hint={t("org.hints.timeZone")}>
            <input className="input" name="timeZone" list="time-zones" value={draft.timeZone} onChange={(e) => set("timeZone", e.target.value)} />
          </Field>
          <datalist id="time-zones">
            {reference.timeZones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
        <Field label={t("org.fields.establishments")} error={fieldErrors.listError("establishments")} hint={t("org.hints.establishments")}>
          <MultiSelect name="establishments" options={countryOptions} value={draft.establishments} onChange={(v) => set("establishments", v)} placeholder={t("org.pickCountries")} />
        </Field>
        <fieldset>
          <legend>{t("org.sections.regimes")}</legend>
          <label className="checkbox">
            <input type="checkbox" name="financialEntity" checked={draft.financialEntity} onChange={(e) => set("financialEntity", e.target.checked)} />
            {t("org.fields.financialEntity")}
          </label>
          {draft.financialEntity && (
            <div className="grid-2 indent">
              <Field label={t("org.fields.financialEntityKind")} error={errors.financialEntityKind} hint={t("org.hints.financialEntityKind")}>
                <select className="input" name="financialEntityKind" value={draft.financialEntityKind || "other"} onChange={(e) => set("financialEntityKind", e.target.value)}>
                  {reference.financialEntityKinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`org.financialEntityKind.${k}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <label className="checkbox">
                <input type="checkbox" name="weekendReliefRefused" checked={draft.weekendReliefRefused} onChange={(e) => set("weekendReliefRefused", e.target.checked)} />
                {t("org.fields.weekendReliefRefused")}
              </label>
            </div>
          )}
          <label className="checkbox">
            <input type="checkbox" name="secRegistrant" checked={draft.secRegistrant} onChange={(e) => set("secRegistrant", e.target.checked)} />
            {t("org.fields.secRegistrant")}
          </label>
          <div className="grid-2">
            <Field label={t("org.fields.nis2")} error={errors.nis2}>
              <select className="input" name="nis2" value={draft.nis2} onChange={(e) => set("nis2", e.target.value)}>
                {reference.nis2Statuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`org.nis2.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t("org.fields.hipaa")} error={errors.hipaa}>
              <select className="input" name="hipaa" value={draft.hipaa} onChange={(e) => set("hipaa", e.target.value)}>
                {reference.hipaaStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`org.hipaa.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("org.sections.holidays", { count: draft.holidays.length })}</legend>
          <p className="muted small">{t("org.hints.holidays", { countries: reference.holidayCountries.join(", "), source: reference.holidaySource })}</p>
          <table className="table compact" data-testid="holidays">
            <thead>
              <tr>
                <th>{t("org.columns.country")}</th>
                <th>{t("org.columns.date")}</th>
                <th>{t("org.columns.name")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {upcoming.map((h) => (
                <tr key={h.index}>
                  <td>
                    <input className="input" aria-label={t("org.columns.country")} aria-invalid={errors[`holidays.${h.index}.country`] ? true : undefined} value={h.country} onChange={(e) => set("holidays", draft.holidays.map((x, i) => (i === h.index ? { ...x, country: e.target.value } : x)))} />
                    {errors[`holidays.${h.index}.country`] && <div className="field-error">{errors[`holidays.${h.index}.country`]}</div>}
                  </td>
                  <td>
                    <input className="input" type="date" aria-label={t("org.columns.date")} value={h.date} title={formatDate(h.date)} onChange={(e) => set("holidays", draft.holidays.map((x, i) => (i === h.index ? { ...x, date: e.target.value } : x)))} />
                    {errors[`holidays.${h.index}.date`] && <div className="field-error">{errors[`holidays.${h.index}.date`]}</div>}
                  </td>
                  <td>
                    <input className="input" aria-label={t("org.columns.name")} value={h.name} onChange={(e) => set("holidays", draft.holidays.map((x, i) => (i === h.index ? { ...x, name: e.target.value } : x)))} />
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => set("holidays", draft.holidays.filter((_, i) => i !== h.index))}>
                      {t("common.remove")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t("org.pastHidden", { count: draft.holidays.length - upcoming.length })}</p>
          <button type="button" className="button" onClick={() => set("holidays", [...draft.holidays, { country: draft.establishments[0] ?? "", date: "", name: "" }])}>
            {t("org.addHoliday")}
          </button>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="org-save">
            {t("common.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
