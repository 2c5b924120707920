// One incident: what happened when, the vendor's notification lag, the obligation checklist
// with countdowns, the timeline and its notes, what was confirmed exposed, the judgements made,
// and the blast radius frozen on the incident's date.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { formatInstantIn, formatNumber } from "../../format";
import {
  getIncident,
  getIncidentEdit,
  invalidateAfter,
  queryKeys,
  setIncidentStatus,
  type Edit,
  type IncidentDraft,
  type IncidentId,
  type IncidentView,
  type Obligation,
} from "../../ipc";
import { useNavigate } from "../../navigation";
import { BlastRadiusResult } from "../blast/BlastRadiusResult";
import { ExportStatus } from "../exports/ExportStatus";
import { LanguagePicker } from "../../components/LanguagePicker";
import { useExport } from "../exports/useExport";
import { categoryName, useTaxonomy } from "../datamap/useDataMap";
import { ObligationList } from "../obligations/ObligationList";
import { AssessDialog, NoteDialog, StepDoneDialog } from "./IncidentDialogs";
import { IncidentForm } from "./IncidentForm";

type Open =
  | { kind: "edit"; edit: Edit<IncidentDraft> }
  | { kind: "done"; obligation: Obligation }
  | { kind: "assess"; key: string; question: string }
  | { kind: "note" }
  | null;

export function IncidentPage({ incidentId }: { incidentId: IncidentId }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const exporting = useExport();
  const view = useQuery({ queryKey: queryKeys.incident(incidentId), queryFn: () => getIncident(incidentId) });
  const [open, setOpen] = useState<Open>(null);
  const status = useMutation({
    mutationFn: (next: "open" | "closed") => setIncidentStatus(incidentId, next),
    onSuccess: () => invalidateAfter(client, "incident_status"),
  });
  const edit = useMutation({ mutationFn: () => getIncidentEdit(incidentId), onSuccess: (opened) => setOpen({ kind: "edit", edit: opened }) });
  if (view.error) return <ErrorBanner error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <div className="splash">{t("common.loading")}</div>;
  const { incident, obligations } = view.data;
  const zone = obligations.timeZone;
  const close = () => setOpen(null);
  return (
    <section className="screen screen-scroll" aria-labelledby="incident-title">
      <header className="screen-header">
        <div>
          <button type="button" className="link-button" onClick={() => navigate({ screen: "incidents" })}>
            ← {t("incidents.title")}
          </button>
          <h1 id="incident-title">
            {incident.vendor.name}: {incident.title}
          </h1>
          <p className="muted">
            <span className={`badge badge-incident-${incident.status}`}>{t(`incidentStatus.${incident.status}`)}</span> {incident.description}
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => navigate({ screen: "blast", vendorId: incident.vendor.id })}>
            {t("incidents.liveRadius")}
          </button>
          <LanguagePicker label={t("exports.reportLanguage")} value={exporting.language} onChange={exporting.setLanguage} testId="report-language" />
          <button
            type="button"
            className="button"
            disabled={exporting.pending}
            onClick={() => exporting.run({ report: { kind: "incident", id: incident.id } })}
            data-testid="export-incident"
          >
            {t("incidents.report")}
          </button>
          <button type="button" className="button" onClick={() => edit.mutate()} data-testid="incident-edit">
            {t("common.edit")}
          </button>
          <button type="button" className="button" onClick={() => status.mutate(incident.status === "open" ? "closed" : "open")}>
            {incident.status === "open" ? t("incidents.close") : t("incidents.reopen")}
          </button>
        </div>
      </header>
      {(status.error || edit.error) && <ErrorBanner error={status.error ?? edit.error} />}
      <ExportStatus pending={exporting.pending} progress={exporting.progress} cancel={exporting.cancel} done={exporting.done} error={exporting.error} />
      <Facts view={view.data} />
      <section className="panel" aria-labelledby="checklist-title" data-testid="incident-obligations">
        <h2 id="checklist-title">{t("incidents.checklist")}</h2>
        <ObligationList
          report={obligations}
          actions={{
            markDone: (obligation) => setOpen({ kind: "done", obligation }),
            assess: (key, question) => setOpen({ kind: "assess", key, question }),
          }}
        />
      </section>
      <div className="grid-2-panels">
        <section className="panel" aria-labelledby="timeline-title">
          <div className="panel-header">
            <h2 id="timeline-title">{t("incidents.timeline")}</h2>
            <button type="button" className="button" onClick={() => setOpen({ kind: "note" })}>
              {t("incidents.addNote")}
            </button>
          </div>
          <ol className="timeline" data-testid="timeline">
            {view.data.timeline.map((e, n) => (
              <li key={n} className={`timeline-${e.kind}`}>
                <time dateTime={e.at}>{formatInstantIn(e.at, zone)}</time>
                <span>{e.text}</span>
              </li>
            ))}
          </ol>
        </section>
        <Exposure view={view.data} />
      </div>
      <details className="panel frozen" open>
        <summary>
          <h2>{t("incidents.frozen", { date: incident.blastRadius.asOf })}</h2>
        </summary>
        <BlastRadiusResult radius={incident.blastRadius} />
      </details>
      {open?.kind === "edit" && (
        <IncidentForm existing={{ id: incident.id, edit: open.edit, candidates: incident.blastRadius.exposedCategories }} onDone={close} />
      )}
      {open?.kind === "done" && <StepDoneDialog incidentId={incident.id} obligation={open.obligation} zone={zone} onDone={close} />}
      {open?.kind === "assess" && <AssessDialog incidentId={incident.id} judgementKey={open.key} question={open.question} onDone={close} />}
      {open?.kind === "note" && <NoteDialog incidentId={incident.id} zone={zone} onDone={close} />}
    </section>
  );
}

/** The milestones and the vendor's notification lag against its DPA's SLA. */
function Facts({ view }: { view: IncidentView }) {
  const { t } = useTranslation();
  const { incident, obligations, vendorLagHours, vendorSlaHours } = view;
  const zone = obligations.timeZone;
  const overSla = vendorLagHours !== null && vendorSlaHours !== null && vendorLagHours > vendorSlaHours;
  return (
    <div className="cards">
      <div className="card">
        <div className="card-label">{t("incidents.fields.detectedAt")}</div>
        <div className="card-value small-value">{incident.detectedAt ? formatInstantIn(incident.detectedAt, zone) : "—"}</div>
      </div>
      <div className="card">
        <div className="card-label">{t("incidents.fields.vendorNotifiedAt")}</div>
        <div className="card-value small-value">{incident.vendorNotifiedAt ? formatInstantIn(incident.vendorNotifiedAt, zone) : "—"}</div>
      </div>
      <div className="card">
        <div className="card-label">{t("incidents.fields.awareAt")}</div>
        <div className="card-value small-value">{formatInstantIn(incident.awareAt, zone)}</div>
      </div>
      <div className={`card ${overSla ? "card-alert" : ""}`} data-testid="vendor-lag">
        <div className="card-label">{t("incidents.lag")}</div>
        <div className="card-value">{vendorLagHours === null ? "—" : t("incidents.lagValue", { days: formatNumber(Math.round((vendorLagHours / 24) * 10) / 10), hours: vendorLagHours })}</div>
        <div className="muted small">{vendorSlaHours === null ? t("incidents.noSla") : t("incidents.sla", { hours: vendorSlaHours })}</div>
      </div>
    </div>
  );
}

/** Confirmed exposed and not exposed categories, and the judgements recorded. */
function Exposure({ view }: { view: IncidentView }) {
  const { t } = useTranslation();
  const { byKey } = useTaxonomy();
  const { incident } = view;
  return (
    <section className="panel" aria-labelledby="exposure-title">
      <h2 id="exposure-title">{t("incidents.exposure")}</h2>
      <h3 className="subhead">{t("incidents.fields.confirmedExposed")}</h3>
      <div className="chips" data-testid="confirmed-exposed">
        {incident.confirmedExposed.length === 0 ? <span className="muted">{t("incidents.notConfirmed")}</span> : incident.confirmedExposed.map((k) => <span key={k} className="chip chip-danger">{categoryName(byKey, k)}</span>)}
      </div>
      <h3 className="subhead">{t("incidents.fields.confirmedNotExposed")}</h3>
      <div className="chips">
        {incident.confirmedNotExposed.length === 0 ? <span className="muted">—</span> : incident.confirmedNotExposed.map((k) => <span key={k} className="chip chip-ok">{categoryName(byKey, k)}</span>)}
      </div>
      <h3 className="subhead">{t("incidents.assessments")}</h3>
      {incident.answers.length === 0 ? (
        <p className="muted">{t("incidents.noAssessments")}</p>
      ) : (
        <ul className="assessments">
          {incident.answers.map((a) => (
            <li key={a.key}>
              <strong>{t(`judgement.${a.key}`, { defaultValue: a.key })}:</strong> {a.answer ? t("common.yes") : t("common.no")}
              {a.note && <span className="muted"> — {a.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
