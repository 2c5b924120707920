// Add or correct a data flow: which categories the vendor receives about whom, how many,
// where, under which safeguard, since when. Every check is the core's.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { SaveProblem } from "../../components/SaveProblem";
import { useEditSession } from "../../components/useEditSession";
import { Field } from "../../components/Field";
import { MultiSelect } from "../../components/MultiSelect";
import { countryName } from "../../format";
import {
  addFlow,
  invalidateAfter,
  isIpcError,
  queryKeys,
  referenceData,
  getFlowEdit,
  updateFlow,
  type DataFlow,
  type Edit,
  type FlowDraft,
  type Vendor,
} from "../../ipc";
import { useServices, useTaxonomy } from "../datamap/useDataMap";


/** A new flow's form: nothing chosen yet, starting today. */
function emptyDraft(): FlowDraft {
  return {
    vendorService: "",
    sourceService: "",
    subject: "",
    categories: [],
    purpose: "",
    records: "",
    people: "",
    residence: [],
    storageLocations: [],
    processingLocations: [],
    transferMechanism: "not_restricted",
    retention: "",
    validFrom: new Date().toISOString().slice(0, 10),
    validTo: "",
  };
}

interface Props {
  vendor: Vendor;
  /** The flow being corrected, with its fields as typed text and their revision (from Rust);
   * null for a new one. */
  editing: { flow: DataFlow; edit: Edit<FlowDraft> } | null;
  onDone: () => void;
}

export function FlowForm({ vendor, editing, onDone }: Props) {
  const flow = editing?.flow ?? null;
  const { t } = useTranslation();
  const client = useQueryClient();
  const { categoryOptions, subjects } = useTaxonomy();
  const services = useServices();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const countryOptions = useMemo(
    () => (reference.data?.countries ?? []).map((c) => ({ value: c, label: countryName(c), hint: c })).sort((a, b) => a.label.localeCompare(b.label)),
    [reference.data],
  );
  const session = useEditSession(editing?.edit ?? null, emptyDraft());
  const { draft, setDraft } = session;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (d: FlowDraft) => (flow ? updateFlow(flow.id, { ...session.edit(), draft: d }) : addFlow(vendor.id, d)),
    onSuccess: () => {
      invalidateAfter(client, "flow_update");
      onDone();
    },
    onError: (error) => {
      if (flow) void session.reloadIfChanged(error, () => getFlowEdit(flow.id));
      if (isIpcError(error) && error.code === "validation") setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
    },
  });
  const set = <K extends keyof FlowDraft>(key: K, value: FlowDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: "purpose" | "records" | "people" | "retention" | "validFrom" | "validTo") => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });
  const listError = (prefix: string) => Object.entries(errors).find(([f]) => f === prefix || f.startsWith(`${prefix}.`))?.[1];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    session.clearReloaded();
    save.mutate(draft);
  };
  return (
    <Dialog
      title={flow ? t("flows.editTitle", { vendor: vendor.name }) : t("flows.addTitle", { vendor: vendor.name })}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="flow-form" className="button button-primary" disabled={save.isPending} data-testid="flow-save">
            {t("common.save")}
          </button>
        </>
      }
    >
      <form id="flow-form" className="form" onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && (
          <div className="banner banner-error" role="alert">
            {t("vendorForm.invalid", { count: Object.keys(errors).length })}
          </div>
        )}
        <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
        <fieldset>
          <legend>{t("flows.sections.what")}</legend>
          <Field label={t("flows.fields.categories")} error={listError("categories")}>
            <MultiSelect name="categories" options={categoryOptions} value={draft.categories} onChange={(v) => set("categories", v)} placeholder={t("flows.pickCategories")} />
          </Field>
          <div className="grid-2">
            <Field label={t("flows.fields.subject")} error={errors.subject}>
              <select className="input" name="subject" value={draft.subject} onChange={(e) => set("subject", e.target.value)}>
                <option value="">{t("flows.pickSubject")}</option>
                {subjects.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t("flows.fields.purpose")} error={errors.purpose}>
              <input className="input" name="purpose" {...text("purpose")} />
            </Field>
            <Field label={t("flows.fields.sourceService")} error={errors.sourceService}>
              <select className="input" value={draft.sourceService} onChange={(e) => set("sourceService", e.target.value)}>
                <option value="">—</option>
                {(services.data ?? []).map((s) => (
                  <option key={s.id} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t("flows.fields.vendorService")} error={errors.vendorService}>
              <select className="input" value={draft.vendorService} onChange={(e) => set("vendorService", e.target.value)}>
                <option value="">—</option>
                {vendor.services.map((s) => (
                  <option key={s.id} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("flows.sections.howMany")}</legend>
          <div className="grid-2">
            <Field label={t("flows.fields.records")} error={errors.records}>
              <input className="input" name="records" inputMode="numeric" {...text("records")} />
            </Field>
            <Field label={t("flows.fields.people")} error={errors.people}>
              <input className="input" name="people" inputMode="numeric" {...text("people")} />
            </Field>
          </div>
          {draft.residence.map((r, i) => (
            <div className="row-inputs" key={i}>
              <Field label={t("flows.fields.country", { n: i + 1 })} error={errors[`residence.${i}.country`]} className="grow">
                <select
                  className="input"
                  value={r.country}
                  onChange={(e) => set("residence", draft.residence.map((x, j) => (j === i ? { ...x, country: e.target.value } : x)))}
                >
                  <option value="">—</option>
                  {countryOptions.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t("flows.fields.countryPeople", { n: i + 1 })} error={errors[`residence.${i}.people`]} className="grow">
                <input
                  className="input"
                  inputMode="numeric"
                  value={r.people}
                  onChange={(e) => set("residence", draft.residence.map((x, j) => (j === i ? { ...x, people: e.target.value } : x)))}
                />
              </Field>
              <button type="button" className="button button-quiet" onClick={() => set("residence", draft.residence.filter((_, j) => j !== i))}>
                {t("common.remove")}
              </button>
            </div>
          ))}
          {errors.residence && <div className="field-error">{errors.residence}</div>}
          <button type="button" className="button" onClick={() => set("residence", [...draft.residence, { country: "", people: "" }])}>
            {t("flows.addCountry")}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t("flows.sections.where")}</legend>
          <div className="grid-2">
            <Field label={t("flows.fields.storage")} error={listError("storageLocations")}>
              <MultiSelect options={countryOptions} value={draft.storageLocations} onChange={(v) => set("storageLocations", v)} />
            </Field>
            <Field label={t("flows.fields.processing")} error={listError("processingLocations")}>
              <MultiSelect options={countryOptions} value={draft.processingLocations} onChange={(v) => set("processingLocations", v)} />
            </Field>
            <Field label={t("flows.fields.transfer")} error={errors.transferMechanism}>
              <select className="input" value={draft.transferMechanism} onChange={(e) => set("transferMechanism", e.target.value)}>
                {(reference.data?.transferMechanisms ?? []).map((m) => (
                  <option key={m} value={m}>
                    {t(`transfer.${m}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t("flows.fields.retention")} error={errors.retention}>
              <input className="input" {...text("retention")} />
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("flows.sections.when")}</legend>
          <div className="grid-2">
            <Field label={t("flows.fields.validFrom")} error={errors.validFrom}>
              <input className="input" type="date" name="validFrom" {...text("validFrom")} />
            </Field>
            <Field label={t("flows.fields.validTo")} error={errors.validTo} hint={t("flows.validToHint")}>
              <input className="input" type="date" name="validTo" {...text("validTo")} />
            </Field>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
