// Open an incident at a vendor, or correct one: the times that start the clocks (read in the
// organisation's time zone), the facts rules depend on, and the categories confirmed exposed
// (a subset of the blast radius) and not exposed. Every check is the core's.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { SaveProblem } from "../../components/SaveProblem";
import { Field } from "../../components/Field";
import { MultiSelect } from "../../components/MultiSelect";
import { useEditSession } from "../../components/useEditSession";
import { useFieldErrors } from "../../components/useFieldErrors";
import { VendorPicker } from "../../components/VendorPicker";
import {
  blastRadius,
  getIncidentEdit,
  getOrgProfile,
  invalidateAfter,
  openIncident,
  queryKeys,
  updateIncident,
  type ExposedCategory,
  type IncidentDraft,
  type Edit,
  type IncidentId,
  type IncidentView,
  type VendorId,
} from "../../ipc";
import { localNowIn } from "../../format";
import { useTaxonomy } from "../datamap/useDataMap";

type TimeField = "detectedAt" | "vendorNotifiedAt" | "awareAt" | "classifiedAt" | "materialityAt" | "notifiableAssessedAt";
const TIME_FIELDS: TimeField[] = ["detectedAt", "vendorNotifiedAt", "awareAt", "classifiedAt", "materialityAt", "notifiableAssessedAt"];

export const emptyIncident = (awareAt = ""): IncidentDraft => ({
  title: "",
  description: "",
  detectedAt: "",
  vendorNotifiedAt: "",
  awareAt,
  classifiedAt: "",
  materialityAt: "",
  notifiableAssessedAt: "",
  unlawfulAccess: true,
  californiaResidents: "",
  confirmedExposed: [],
  confirmedNotExposed: [],
});

interface Props {
  /** Editing: the incident, its fields and their revision, and the frozen radius's categories. */
  existing?: { id: IncidentId; edit: Edit<IncidentDraft>; candidates: ExposedCategory[] };
  /** Opening: the vendor and draft to start from. */
  start?: { vendor: { id: VendorId; name: string } | null; draft: IncidentDraft };
  onDone: (view: IncidentView | null) => void;
}

export function IncidentForm({ existing, start, onDone }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { categoryOptions } = useTaxonomy();
  const profile = useQuery({ queryKey: queryKeys.orgProfile, queryFn: getOrgProfile });
  const [vendor, setVendor] = useState(start?.vendor ?? null);
  const session = useEditSession(existing?.edit ?? null, start?.draft ?? emptyIncident());
  const { draft, setDraft } = session;
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  // A new incident: we became aware now, unless told otherwise.
  const zone = profile.data?.timeZone ?? "";
  useEffect(() => {
    if (!existing && zone) setDraft((d) => (d.awareAt ? d : { ...d, awareAt: localNowIn(zone) }));
  }, [existing, zone]);
  // Opening: the vendor's blast radius on the detection (or awareness) day offers the categories.
  const day = (draft.detectedAt || draft.awareAt).slice(0, 10);
  const radius = useQuery({
    queryKey: queryKeys.blastRadius(vendor?.id ?? -1, day || null, null),
    queryFn: () => blastRadius(vendor!.id, /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null, null),
    enabled: !existing && vendor !== null,
  });
  const candidates = existing?.candidates ?? radius.data?.exposedCategories ?? [];
  const exposedOptions = useMemo(() => candidates.map((c) => ({ value: c.key, label: c.name, hint: c.key })), [candidates]);
  const save = useMutation({
    mutationFn: (d: IncidentDraft) => (existing ? updateIncident(existing.id, { ...session.edit(), draft: d }) : openIncident(vendor!.id, d)),
    onSuccess: (view) => {
      invalidateAfter(client, "incident_update");
      onDone(view);
    },
    onError: (error) => {
      if (existing) void session.reloadIfChanged(error, () => getIncidentEdit(existing.id));
      fieldErrors.take(error);
    },
  });
  const set = <K extends keyof IncidentDraft>(key: K, value: IncidentDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    session.clearReloaded();
    if (!existing && !vendor) return;
    save.mutate(draft);
  };
  return (
    <Dialog
      title={existing ? t("incidents.editTitle") : t("incidents.openTitle")}
      onClose={() => onDone(null)}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={() => onDone(null)}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="incident-form" className="button button-primary" disabled={save.isPending || (!existing && !vendor)} data-testid="incident-save">
            {existing ? t("common.save") : t("incidents.open")}
          </button>
        </>
      }
    >
      <form id="incident-form" className="form" onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && (
          <div className="banner banner-error" role="alert">
            {t("vendorForm.invalid", { count: Object.keys(errors).length })}
          </div>
        )}
        <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
        <fieldset>
          <legend>{t("incidents.sections.what")}</legend>
          {!existing && (
            <div className="field">
              <VendorPicker label={t("incidents.fields.vendor")} value={vendor} onChange={setVendor} />
            </div>
          )}
          <Field label={t("incidents.fields.title")} error={errors.title}>
            <input className="input" name="title" value={draft.title} onChange={(e) => set("title", e.target.value)} />
          </Field>
          <Field label={t("incidents.fields.description")} error={errors.description}>
            <textarea className="input" rows={3} name="description" value={draft.description} onChange={(e) => set("description", e.target.value)} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t("incidents.sections.when", { zone })}</legend>
          <div className="grid-2">
            {TIME_FIELDS.map((field) => (
              <Field key={field} label={t(`incidents.fields.${field}`)} error={errors[field]} hint={t(`incidents.hints.${field}`)}>
                <input className="input" type="datetime-local" step={60} name={field} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
              </Field>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("incidents.sections.facts")}</legend>
          <label className="checkbox">
            <input type="checkbox" name="unlawfulAccess" checked={draft.unlawfulAccess} onChange={(e) => set("unlawfulAccess", e.target.checked)} />
            {t("incidents.fields.unlawfulAccess")}
          </label>
          <Field label={t("incidents.fields.californiaResidents")} error={errors.californiaResidents} hint={t("incidents.hints.californiaResidents")}>
            <input className="input" inputMode="numeric" name="californiaResidents" value={draft.californiaResidents} onChange={(e) => set("californiaResidents", e.target.value)} />
          </Field>
          <Field label={t("incidents.fields.confirmedExposed")} error={fieldErrors.listError("confirmedExposed")} hint={t("incidents.hints.confirmedExposed")}>
            <MultiSelect name="confirmedExposed" options={exposedOptions} value={draft.confirmedExposed} onChange={(v) => set("confirmedExposed", v)} placeholder={t("incidents.pickCategories")} />
          </Field>
          <Field label={t("incidents.fields.confirmedNotExposed")} error={fieldErrors.listError("confirmedNotExposed")}>
            <MultiSelect name="confirmedNotExposed" options={categoryOptions} value={draft.confirmedNotExposed} onChange={(v) => set("confirmedNotExposed", v)} placeholder={t("incidents.pickCategories")} />
          </Field>
        </fieldset>
      </form>
    </Dialog>
  );
}
