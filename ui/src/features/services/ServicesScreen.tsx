// Our own services, how critical they are, and which vendors each depends on.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { SaveProblem } from "../../components/SaveProblem";
import { useEditSession } from "../../components/useEditSession";
import { VendorPicker } from "../../components/VendorPicker";
import {
  createService,
  getServiceEdit,
  invalidateAfter,
  isIpcError,
  queryKeys,
  referenceData,
  updateService,
  type Edit,
  type InternalService,
  type ServiceDraft,
} from "../../ipc";
import { useServices } from "../datamap/useDataMap";

export function ServicesScreen() {
  const { t } = useTranslation();
  const services = useServices();
  const [editing, setEditing] = useState<{ service: InternalService; edit: Edit<ServiceDraft> } | "new" | null>(null);
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
                  <button type="button" className="link-button" data-testid="edit-service" onClick={() => void getServiceEdit(s.id).then((edit) => setEditing({ service: s, edit }))}>
                    {t("common.edit")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <ServiceForm editing={editing === "new" ? null : editing} onDone={() => setEditing(null)} />}
    </section>
  );
}

const EMPTY_SERVICE: ServiceDraft = { name: "", description: "", criticality: "medium", rtoHours: "", owner: "", dependencies: [] };

/** `editing`: the service, its fields as typed text and their revision (from Rust); null for a new one. */
function ServiceForm({ editing, onDone }: { editing: { service: InternalService; edit: Edit<ServiceDraft> } | null; onDone: () => void }) {
  const service = editing?.service ?? null;
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const session = useEditSession(editing?.edit ?? null, EMPTY_SERVICE);
  const { draft, setDraft } = session;
  /** Vendor names of every service's dependencies (kept fresh): a dependency someone else added,
   * shown after a reload. */
  const services = useServices();
  const known = useMemo(
    () => new Map((services.data ?? []).flatMap((s) => s.dependencies.map((d) => [String(d.vendor.id), d.vendor.name] as const))),
    [services.data],
  );
  /** Vendor names by the id a dependency holds, for showing the dependencies. */
  const [names, setNames] = useState(() => new Map((service?.dependencies ?? []).map((d) => [String(d.vendor.id), d.vendor.name])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => (service ? updateService(service.id, session.edit()) : createService(draft)),
    onSuccess: () => {
      invalidateAfter(client, "service_update");
      onDone();
    },
    onError: (error) => {
      if (service) void session.reloadIfChanged(error, () => getServiceEdit(service.id));
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
          session.clearReloaded();
          save.mutate();
        }}
      >
        <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
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
            <span className="grow">{names.get(d.vendor) ?? known.get(d.vendor) ?? d.vendor}</span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                set("dependencies", draft.dependencies.filter((_, j) => j !== i));
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
            setNames(new Map(names).set(String(v.id), v.name));
          }}
        />
      </form>
    </Dialog>
  );
}
