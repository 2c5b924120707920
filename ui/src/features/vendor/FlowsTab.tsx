// A vendor's data flows: what it receives from us, about whom, since when.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { FlagBadges } from "../../components/FlagBadges";
import { formatDate, formatNumber } from "../../format";
import { invalidateAfter, endFlow, getFlowEdit, listFlows, queryKeys, type DataFlow, type Edit, type FlowDraft, type Vendor } from "../../ipc";
import { categoryName, useTaxonomy } from "../datamap/useDataMap";
import { EndDialog } from "./EndDialog";
import { FlowForm } from "./FlowForm";


export function FlowsTab({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const flows = useQuery({ queryKey: queryKeys.flows(vendor.id), queryFn: () => listFlows(vendor.id) });
  const { byKey, subjects } = useTaxonomy();
  const [editing, setEditing] = useState<{ flow: DataFlow; edit: Edit<FlowDraft> } | "new" | null>(null);
  const [ending, setEnding] = useState<DataFlow | null>(null);
  const end = useMutation({
    mutationFn: ({ flow, day }: { flow: DataFlow; day: string }) => endFlow(flow.id, day),
    onSuccess: () => {
      invalidateAfter(client, "flow_end");
      setEnding(null);
    },
  });
  const subjectName = (key: string) => subjects.find((s) => s.key === key)?.name ?? key;
  return (
    <div className="tab-body">
      <div className="section-header">
        <p className="muted">{t("flows.explain")}</p>
        <button type="button" className="button button-primary" data-testid="add-flow" onClick={() => setEditing("new")}>
          {t("flows.add")}
        </button>
      </div>
      {flows.error && <ErrorBanner error={flows.error} />}
      {flows.data && flows.data.length === 0 && <p className="empty">{t("flows.none")}</p>}
      {flows.data && flows.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t("flows.columns.purpose")}</th>
              <th>{t("flows.columns.data")}</th>
              <th>{t("flows.columns.about")}</th>
              <th className="num">{t("flows.columns.people")}</th>
              <th>{t("flows.columns.period")}</th>
              <th>{t("flows.columns.transfer")}</th>
              <th aria-label={t("common.actions")} />
            </tr>
          </thead>
          <tbody>
            {flows.data.map((f) => (
              <tr key={f.id} className={f.validTo ? "row-ended" : ""}>
                <td>
                  <div className="cell-primary">{f.purpose}</div>
                  {f.sourceService && <div className="cell-secondary">{t("flows.from", { service: f.sourceService.name })}</div>}
                </td>
                <td>
                  <div className="chip-list">
                    {f.categoryKeys.map((k) => (
                      <span className="chip chip-static" key={k} title={k}>
                        {categoryName(byKey, k)}
                      </span>
                    ))}
                  </div>
                  <FlagBadges flags={f.flags} />
                </td>
                <td>{subjectName(f.subjectKey)}</td>
                <td className="num">{f.people === null ? "—" : formatNumber(f.people)}</td>
                <td>
                  {formatDate(f.validFrom)} – {f.validTo ? formatDate(f.validTo) : t("flows.ongoing")}
                </td>
                <td>{t(`transfer.${f.transferMechanism}`)}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" data-testid="edit-flow" onClick={() => void getFlowEdit(f.id).then((edit) => setEditing({ flow: f, edit }))}>
                    {t("common.edit")}
                  </button>
                  {!f.validTo && (
                    <button type="button" className="link-button" onClick={() => setEnding(f)}>
                      {t("flows.end")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <FlowForm vendor={vendor} editing={editing === "new" ? null : editing} onDone={() => setEditing(null)} />}
      {ending && (
        <EndDialog
          title={t("flows.endTitle", { purpose: ending.purpose })}
          explain={t("flows.endExplain")}
          error={end.error}
          pending={end.isPending}
          onCancel={() => setEnding(null)}
          onEnd={(day) => end.mutate({ flow: ending, day })}
        />
      )}
    </div>
  );
}
