// Incidents at vendors, newest first, and the way to open a new one.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { formatInstant } from "../../format";
import { listIncidents, queryKeys, type IncidentDraft, type VendorId } from "../../ipc";
import { useNavigate } from "../../navigation";
import { IncidentForm, emptyIncident } from "./IncidentForm";

interface Props {
  /** Open the new-incident form at once, e.g. from the blast-radius screen. */
  start?: { vendor: { id: VendorId; name: string } | null; draft: IncidentDraft };
}

export function IncidentsScreen({ start }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const incidents = useQuery({ queryKey: queryKeys.incidentsAll, queryFn: listIncidents });
  const [opening, setOpening] = useState(start ?? null);
  return (
    <section className="screen screen-scroll" aria-labelledby="incidents-title">
      <header className="screen-header">
        <div>
          <h1 id="incidents-title">{t("incidents.title")}</h1>
          <p className="muted">{t("incidents.subtitle")}</p>
        </div>
        <button type="button" className="button button-primary" data-testid="incident-new" onClick={() => setOpening({ vendor: null, draft: emptyIncident() })}>
          {t("incidents.new")}
        </button>
      </header>
      {incidents.error && <ErrorBanner error={incidents.error} onRetry={() => void incidents.refetch()} />}
      {incidents.data && incidents.data.length === 0 && <p className="empty">{t("incidents.empty")}</p>}
      {incidents.data && incidents.data.length > 0 && (
        <table className="table table-clickable" data-testid="incidents-table">
          <thead>
            <tr>
              <th>{t("incidents.columns.vendor")}</th>
              <th>{t("incidents.columns.title")}</th>
              <th>{t("incidents.columns.aware")}</th>
              <th>{t("incidents.columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.data.map((i) => (
              <tr key={i.id} tabIndex={0} onClick={() => navigate({ screen: "incident", incidentId: i.id })} onKeyDown={(e) => e.key === "Enter" && navigate({ screen: "incident", incidentId: i.id })}>
                <td className="cell-primary">{i.vendor.name}</td>
                <td>{i.title}</td>
                <td>{formatInstant(i.awareAt)}</td>
                <td>
                  <span className={`badge badge-incident-${i.status}`}>{t(`incidentStatus.${i.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {opening && (
        <IncidentForm
          start={opening}
          onDone={(view) => {
            setOpening(null);
            if (view) navigate({ screen: "incident", incidentId: view.incident.id });
          }}
        />
      )}
    </section>
  );
}
