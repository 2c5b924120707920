// Our own services, how critical they are, and which vendors each depends on.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { VendorPicker } from "../../components/VendorPicker";
import { invalidateAfter, isIpcError, queryKeys, referenceData, saveService, type InternalService, type ServiceDraft } from "../../ipc";
import { useServices } from "../datamap/useDataMap";

export function ServicesScreen() {
  const { t } = useTranslation();
  const services = useServices();
  const [editing, setEditing] = useState<InternalService | "new" | null>(null);
  return (
    <section className="screen screen-scroll" aria-labelledby="services-title">
      <header className="screen-header">
        <div>
          <h1 id="services-title">{t("services.title")}</h1>
          <p className="muted">{t("services.subtitle")}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setEditing("new")}>
          {t("services.add")}
        </button>
      </header>
      {services.error && <ErrorBanner error={services.error} />}
      {services.data && services.data.length === 0 && <p className="empty">{t("services.none")}</p>}
      {services.data && services.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t("services.columns.name")}</th>
              <th>{t("services.columns.criticality")}</th>
              <th className="num">{t("services.columns.rto")}</th>
              <th>{t("services.columns.dependsOn")}</th>
              <th aria-label={t("common.actions")} />
            </tr>
          </thead>
          <tbody>
            {services.data.map((s) => (
              <tr key={s.id}>
                <td>
                  <div className="cell-primary">{s.name}</div>
                  {s.description && <div className="cell-secondary">{s.description}</div>}
                </td>
                <td>
                  <span className={`badge badge-crit-${s.criticality}`}>{t(`criticality.${s.criticality}`)}</span>
                </td>
                <td className="num">{s.rtoHours === null ? "—" : t("services.hours", { count: s.rtoHours })}</td>
                <td>{s.dependencies.map((d) => d.vendor.name + (d.validTo ? ` (${t("services.until", { date: d.validTo })})` : "")).join(", ")}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(s)}>
                    {t("common.edit")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <ServiceForm service={editing === "new" ? null : editing} onDone={() => setEditing(null)} />}
    </section>
  );
}

function ServiceForm({ service, onDone }: { service: InternalService | null; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [draft, setDraft] = useState<ServiceDraft>({
    name: service?.name ?? "",
    description: service?.description ?? "",
    criticality: service?.criticality ?? "medium",
    rtoHours: service?.rtoHours === null || service?.rtoHours === undefined ? "" : String(service.rtoHours),
    owner: service?.owner ?? "",
    dependencies: (service?.dependencies ?? []).map((d) => ({ vendor: String(d.vendor.id), note: d.note ?? "", validFrom: d.validFrom ?? "", validTo: d.validTo ?? "" })),
  });
  const [names, setNames] = useState<string[]>((service?.dependencies ?? []).map((d) => d.vendor.name));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => saveService(service?.id ?? null, draft),
    onSuccess: () => {
      invalidateAfter(client, "service_save");
      onDone();
    },
    onError: (error) => {
      if (isIpcError(error) && error.code === "validation") setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
    },
  });
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <Dialog
      title={service ? t("services.editTitle", { name: service.name }) : t("services.addTitle")}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="service-form" className="button button-primary" disabled={save.isPending}>
            {t("common.save")}
          </button>
        </>
      }
    >
      <form
        id="service-form"
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setErrors({});
          save.mutate();
        }}
      >
        {save.error && !(isIpcError(save.error) && save.error.code === "validation") ? <ErrorBanner error={save.error} /> : null}
        <Field label={t("services.columns.name")} error={errors.name}>
          <input className="input" value={draft.name} onChange={(e) => set("name", e.target.value)} />
        </Field>
        <Field label={t("services.description")} error={errors.description}>
          <input className="input" value={draft.description} onChange={(e) => set("description", e.target.value)} />
        </Field>
        <div className="grid-2">
          <Field label={t("services.columns.criticality")} error={errors.criticality}>
            <select className="input" value={draft.criticality} onChange={(e) => set("criticality", e.target.value)}>
              {(reference.data?.criticalities ?? []).map((c) => (
                <option key={c} value={c}>
                  {t(`criticality.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("services.rtoHours")} error={errors.rtoHours}>
            <input className="input" inputMode="numeric" value={draft.rtoHours} onChange={(e) => set("rtoHours", e.target.value)} />
          </Field>
        </div>
        <h3>{t("services.columns.dependsOn")}</h3>
        {draft.dependencies.map((d, i) => (
          <div className="row-inputs" key={i}>
            <span className="grow">{names[i] ?? d.vendor}</span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                set("dependencies", draft.dependencies.filter((_, j) => j !== i));
                setNames(names.filter((_, j) => j !== i));
              }}
            >
              {t("common.remove")}
            </button>
          </div>
        ))}
        <VendorPicker
          label={t("services.addDependency")}
          value={null}
          onChange={(v) => {
            set("dependencies", [...draft.dependencies, { vendor: String(v.id), note: "", validFrom: "", validTo: "" }]);
            setNames([...names, v.name]);
          }}
        />
      </form>
    </Dialog>
  );
}
