// Record that this vendor passes our data on to another vendor.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { MultiSelect } from "../../components/MultiSelect";
import { VendorPicker } from "../../components/VendorPicker";
import { countryName } from "../../format";
import { addEdge, invalidateAfter, isIpcError, queryKeys, referenceData, type EdgeDraft, type Vendor } from "../../ipc";
import { useTaxonomy } from "../datamap/useDataMap";

export function EdgeForm({ vendor, onDone }: { vendor: Vendor; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { categoryOptions } = useTaxonomy();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const countryOptions = useMemo(
    () => (reference.data?.countries ?? []).map((c) => ({ value: c, label: countryName(c), hint: c })).sort((a, b) => a.label.localeCompare(b.label)),
    [reference.data],
  );
  const [draft, setDraft] = useState<EdgeDraft>({
    toVendor: "",
    kind: "subprocessor",
    categories: [],
    purpose: "",
    locations: [],
    validFrom: new Date().toISOString().slice(0, 10),
    validTo: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (d: EdgeDraft) => addEdge(vendor.id, d),
    onSuccess: () => {
      invalidateAfter(client, "edge_add");
      onDone();
    },
    onError: (error) => {
      if (isIpcError(error) && error.code === "validation") setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
    },
  });
  const set = <K extends keyof EdgeDraft>(key: K, value: EdgeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const listError = (prefix: string) => Object.entries(errors).find(([f]) => f === prefix || f.startsWith(`${prefix}.`))?.[1];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    save.mutate(draft);
  };
  return (
    <Dialog
      title={t("edges.addTitle", { vendor: vendor.name })}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="edge-form" className="button button-primary" disabled={save.isPending}>
            {t("common.save")}
          </button>
        </>
      }
    >
      <form id="edge-form" className="form" onSubmit={submit} noValidate>
        {save.error && !(isIpcError(save.error) && save.error.code === "validation") ? <ErrorBanner error={save.error} /> : null}
        <div className="grid-2">
          <Field label={t("edges.fields.toVendor")} error={errors.toVendor}>
            <VendorPicker label={t("edges.fields.toVendor")} value={null} onChange={(v) => set("toVendor", String(v.id))} />
          </Field>
          <Field label={t("edges.fields.kind")} error={errors.kind}>
            <select className="input" value={draft.kind} onChange={(e) => set("kind", e.target.value)}>
              {(reference.data?.edgeKinds ?? []).map((k) => (
                <option key={k} value={k}>
                  {t(`edgeKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t("edges.fields.categories")} error={listError("categories")} hint={t("edges.categoriesHint")}>
          <MultiSelect options={categoryOptions} value={draft.categories} onChange={(v) => set("categories", v)} />
        </Field>
        <div className="grid-2">
          <Field label={t("edges.fields.purpose")} error={errors.purpose}>
            <input className="input" value={draft.purpose} onChange={(e) => set("purpose", e.target.value)} />
          </Field>
          <Field label={t("edges.fields.locations")} error={listError("locations")}>
            <MultiSelect options={countryOptions} value={draft.locations} onChange={(v) => set("locations", v)} />
          </Field>
          <Field label={t("flows.fields.validFrom")} error={errors.validFrom}>
            <input className="input" type="date" value={draft.validFrom} onChange={(e) => set("validFrom", e.target.value)} />
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
