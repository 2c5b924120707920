// One Register of Information record in a form: its relations (which entity, provider,
// functions) and its EBA facts, each fact a list of the EBA's codes where the EBA has one. The
// fields, their columns and their lists come from Rust; the core checks what is saved and its
// errors appear under the fields they name.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { VendorPicker } from "../../components/VendorPicker";
import { useServices } from "../datamap/useDataMap";
import {
  invalidateAfter,
  isIpcError,
  saveDoraArrangement,
  saveDoraBranch,
  saveDoraEntity,
  saveDoraFunction,
  saveDoraProvider,
  type DoraArrangement,
  type DoraBranch,
  type DoraEntity,
  type DoraFunction,
  type DoraProvider,
  type DoraRecords,
  type FieldInfo,
  type FunctionKey,
  type VendorId,
} from "../../ipc";

/** The record a form is open for; `record` null for a new one. */
export type Editing =
  | { kind: "entity"; record: DoraEntity | null }
  | { kind: "branch"; record: DoraBranch | null }
  | { kind: "function"; record: DoraFunction | null }
  | { kind: "arrangement"; record: DoraArrangement | null }
  | { kind: "provider"; vendorId: VendorId; name: string; record: DoraProvider | null };

type Facts = Record<string, string>;

interface Props {
  editing: Editing;
  fields: FieldInfo[];
  records: DoraRecords;
  onDone: () => void;
}

/** A code as a list shows it: without the EBA list's prefix (`eba_CO:x1` → `x1`). */
const shortCode = (code: string) => code.slice(code.indexOf(":") + 1);

export function DoraRecordForm({ editing, fields, records, onDone }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [facts, setFacts] = useState<Facts>(() => ({ ...(editing.kind !== "branch" ? (editing.record?.facts ?? {}) : {}) }) as Facts);
  const [identity, setIdentity] = useState(() => initialIdentity(editing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof Identity, value: Identity[keyof Identity]) => setIdentity((i) => ({ ...i, [key]: value }));
  const withoutEmpty = () => Object.fromEntries(Object.entries(facts).filter(([, v]) => v.trim() !== ""));
  const save = useMutation({
    mutationFn: async () => {
      switch (editing.kind) {
        case "entity":
          return saveDoraEntity({ lei: identity.lei, name: identity.name, reporting: identity.reporting, parentLei: identity.parentLei || null, facts: withoutEmpty() });
        case "branch":
          return saveDoraBranch({ code: identity.code, entityLei: identity.entityLei, name: identity.name, country: identity.country });
        case "function":
          return saveDoraFunction({ code: identity.code, entityLei: identity.entityLei, name: identity.name, service: identity.service || null, facts: withoutEmpty() });
        case "provider":
          return saveDoraProvider(editing.vendorId, { parent: editing.record?.parent ?? null, facts: withoutEmpty() });
        case "arrangement":
          if (!identity.vendor) throw new Error(t("dora.pickProvider"));
          return saveDoraArrangement({
            reference: identity.reference,
            vendorId: identity.vendor.id,
            entityLei: identity.entityLei,
            overarching: identity.overarching || null,
            functions: identity.functions,
            facts: withoutEmpty(),
          });
      }
    },
    onSuccess: () => {
      invalidateAfter(client, "dora_arrangement_save");
      onDone();
    },
    onError: (error) => {
      if (isIpcError(error) && error.code === "validation") setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
    },
  });
  const kindFields = fields.filter((f) => f.kind === editing.kind);
  const title =
    editing.kind === "provider"
      ? t("dora.editProvider", { name: editing.name })
      : editing.record
        ? t(`dora.edit.${editing.kind}`)
        : t(`dora.add.${editing.kind}`);
  return (
    <Dialog
      title={title}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="button" className="button button-primary" disabled={save.isPending} onClick={() => save.mutate()} data-testid="dora-save">
            {t("common.save")}
          </button>
        </>
      }
    >
      {save.error && !(isIpcError(save.error) && save.error.code === "validation") && <ErrorBanner error={save.error} />}
      <div className="form-grid">
        <IdentityFields fields={fields} editing={editing} identity={identity} set={set} records={records} errors={errors} />
        {kindFields.map((field) => (
          <Field key={field.name} label={`${field.label} (${field.template} ${field.column})`} error={errors[field.name]}>
            <FactInput field={field} value={facts[field.name] ?? ""} onChange={(value) => setFacts((f) => ({ ...f, [field.name]: value }))} />
          </Field>
        ))}
      </div>
    </Dialog>
  );
}

function FactInput({ field, value, onChange }: { field: FieldInfo; value: string; onChange: (value: string) => void; id?: string }) {
  const { t } = useTranslation();
  const testId = `dora-fact-${field.name}`;
  if (field.allowed.length > 0) {
    // By meaning where the list has one (countries, currencies, levels), codes after.
    const options = [...field.allowed].sort((a, b) => (a.label ?? "\uffff" + a.code).localeCompare(b.label ?? "\uffff" + b.code));
    return (
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t("dora.notGiven")}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label ? `${option.label} (${shortCode(option.code)})` : shortCode(option.code)}
          </option>
        ))}
      </select>
    );
  }
  const type = field.valueType === "date" ? "date" : "text";
  const mode = field.valueType === "integer" ? "numeric" : field.valueType === "amount" ? "decimal" : undefined;
  return <input className="input" type={type} inputMode={mode} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
}

interface Identity {
  lei: string;
  name: string;
  country: string;
  /** The internal service a function is, by name. */
  service: string;
  reporting: boolean;
  parentLei: string;
  code: string;
  entityLei: string;
  reference: string;
  vendor: { id: VendorId; name: string } | null;
  overarching: string;
  functions: FunctionKey[];
}

function initialIdentity(editing: Editing): Identity {
  const blank: Identity = { lei: "", name: "", country: "", service: "", reporting: false, parentLei: "", code: "", entityLei: "", reference: "", vendor: null, overarching: "", functions: [] };
  switch (editing.kind) {
    case "entity": {
      const e = editing.record;
      return e ? { ...blank, lei: e.lei, name: e.name, reporting: e.reporting, parentLei: e.parentLei ?? "" } : blank;
    }
    case "function": {
      const f = editing.record;
      return f ? { ...blank, code: f.code, name: f.name, entityLei: f.entityLei, service: f.service ?? "" } : blank;
    }
    case "branch": {
      const b = editing.record;
      return b ? { ...blank, code: b.code, name: b.name, entityLei: b.entityLei, country: b.country } : blank;
    }
    case "arrangement": {
      const a = editing.record;
      return a
        ? { ...blank, reference: a.reference, vendor: { id: a.vendorId, name: a.vendorName }, entityLei: a.entityLei, overarching: a.overarching ?? "", functions: a.functions }
        : blank;
    }
    case "provider":
      return blank;
  }
}

/** The countries of the EBA's list, as a branch's country: ISO code and name. */
function countryOptions(fields: FieldInfo[]): { code: string; label: string }[] {
  const list = fields.find((f) => f.kind === "entity" && f.name === "country")?.allowed ?? [];
  return list
    .map((c) => ({ code: shortCode(c.code), label: c.label ?? shortCode(c.code) }))
    .filter((c) => c.code.length === 2)
    .sort((a, b) => a.label.localeCompare(b.label));
}

interface IdentityProps {
  fields: FieldInfo[];
  editing: Editing;
  identity: Identity;
  set: (key: keyof Identity, value: Identity[keyof Identity]) => void;
  records: DoraRecords;
  errors: Record<string, string>;
}

function IdentityFields({ fields, editing, identity, set, records, errors }: IdentityProps): ReactNode {
  const { t } = useTranslation();
  const services = useServices();
  const entitySelect = (value: string, onChange: (lei: string) => void, withNone: boolean) => (
    <select className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{withNone ? t("dora.none") : t("dora.pickEntity")}</option>
      {records.entities.map((e) => (
        <option key={e.lei} value={e.lei}>
          {e.name} ({e.lei})
        </option>
      ))}
    </select>
  );
  switch (editing.kind) {
    case "provider":
      return null;
    case "entity":
      return (
        <>
          <Field label={t("dora.columns.lei")} error={errors.lei}>
            <input className="input" value={identity.lei} disabled={editing.record !== null} onChange={(e) => set("lei", e.target.value)} />
          </Field>
          <Field label={t("dora.columns.name")} error={errors.name}>
            <input className="input" value={identity.name} onChange={(e) => set("name", e.target.value)} />
          </Field>
          <Field label={t("dora.parent")} error={errors.parentLei}>
            {entitySelect(identity.parentLei, (lei) => set("parentLei", lei), true)}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={identity.reporting} onChange={(e) => set("reporting", e.target.checked)} /> {t("dora.reportingEntity")}
          </label>
        </>
      );
    case "branch": {
      const countries = countryOptions(fields);
      return (
        <>
          <Field label={t("dora.columns.code")} error={errors.code}>
            <input className="input" value={identity.code} disabled={editing.record !== null} onChange={(e) => set("code", e.target.value)} />
          </Field>
          <Field label={t("dora.headOffice")} error={errors.entityLei}>
            {entitySelect(identity.entityLei, (lei) => set("entityLei", lei), false)}
          </Field>
          <Field label={t("dora.columns.name")} error={errors.name}>
            <input className="input" value={identity.name} onChange={(e) => set("name", e.target.value)} />
          </Field>
          <Field label={t("dora.columns.country")} error={errors.country}>
            <select className="input" value={identity.country} onChange={(e) => set("country", e.target.value)}>
              <option value="">{t("dora.notGiven")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          </Field>
        </>
      );
    }
    case "function":
      return (
        <>
          <Field label={t("dora.columns.code")} error={errors.code}>
            <input className="input" value={identity.code} disabled={editing.record !== null} onChange={(e) => set("code", e.target.value)} />
          </Field>
          <Field label={t("dora.columns.entity")} error={errors.entityLei}>
            {entitySelect(identity.entityLei, (lei) => set("entityLei", lei), false)}
          </Field>
          <Field label={t("dora.columns.name")} error={errors.name}>
            <input className="input" value={identity.name} onChange={(e) => set("name", e.target.value)} />
          </Field>
          <Field label={t("dora.service")} hint={t("dora.serviceHint")} error={errors.service}>
            <select className="input" value={identity.service} onChange={(e) => set("service", e.target.value)} data-testid="dora-function-service">
              <option value="">{t("dora.none")}</option>
              {(services.data ?? []).map((s) => (
                <option key={s.id} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        </>
      );
    case "arrangement": {
      const supports = (key: FunctionKey) => identity.functions.some((f) => f.code === key.code && f.entityLei === key.entityLei);
      const toggle = (key: FunctionKey, on: boolean) =>
        set("functions", on ? [...identity.functions, key] : identity.functions.filter((f) => !(f.code === key.code && f.entityLei === key.entityLei)));
      return (
        <>
          <Field label={t("dora.columns.reference")} error={errors.reference}>
            <input className="input" value={identity.reference} disabled={editing.record !== null} onChange={(e) => set("reference", e.target.value)} />
          </Field>
          <div className="field">
            <span className="field-label">{t("dora.columns.provider")}</span>
            <VendorPicker label={t("dora.columns.provider")} value={identity.vendor} onChange={(vendor) => set("vendor", vendor)} />
          </div>
          <Field label={t("dora.signedBy")} error={errors.entityLei}>
            {entitySelect(identity.entityLei, (lei) => set("entityLei", lei), false)}
          </Field>
          <Field label={t("dora.overarching")} error={errors.overarching}>
            <select className="input" value={identity.overarching} onChange={(e) => set("overarching", e.target.value)}>
              <option value="">{t("dora.none")}</option>
              {records.arrangements
                .filter((a) => a.reference !== identity.reference)
                .map((a) => (
                  <option key={a.reference} value={a.reference}>
                    {a.reference} ({a.vendorName})
                  </option>
                ))}
            </select>
          </Field>
          <fieldset className="field" data-testid="dora-functions">
            <legend>{t("dora.columns.functions")}</legend>
            {errors.functions && <div className="field-error">{errors.functions}</div>}
            {records.functions.map((f) => {
              const key = { code: f.code, entityLei: f.entityLei };
              return (
                <label key={`${f.code}@${f.entityLei}`} className="checkbox">
                  <input type="checkbox" checked={supports(key)} onChange={(e) => toggle(key, e.target.checked)} /> {f.code} — {f.name}
                </label>
              );
            })}
          </fieldset>
        </>
      );
    }
  }
}
