// Fourth parties: who this vendor passes our data on to, and who passes data to it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { countryName, formatDate } from "../../format";
import { invalidateAfter, endEdge, listEdges, queryKeys, type Vendor, type VendorEdge } from "../../ipc";
import { useNavigate } from "../../navigation";
import { categoryName, useTaxonomy } from "../datamap/useDataMap";
import { EdgeForm } from "./EdgeForm";
import { EndDialog } from "./EndDialog";
import { SubprocessorImport } from "./SubprocessorImport";

export function EdgesTab({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const edges = useQuery({ queryKey: queryKeys.edges(vendor.id), queryFn: () => listEdges(vendor.id) });
  const { byKey } = useTaxonomy();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [ending, setEnding] = useState<VendorEdge | null>(null);
  const end = useMutation({
    mutationFn: ({ edge, day }: { edge: VendorEdge; day: string }) => endEdge(edge.id, day),
    onSuccess: () => {
      invalidateAfter(client, "edge_end");
      setEnding(null);
    },
  });
  const outgoing = (edges.data ?? []).filter((e) => e.fromVendor.id === vendor.id);
  const incoming = (edges.data ?? []).filter((e) => e.toVendor.id === vendor.id);
  const table = (rows: VendorEdge[], other: (e: VendorEdge) => VendorEdge["toVendor"], testId: string) => (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t("edges.columns.vendor")}</th>
          <th>{t("edges.columns.kind")}</th>
          <th>{t("edges.columns.categories")}</th>
          <th>{t("edges.columns.locations")}</th>
          <th>{t("edges.columns.period")}</th>
          <th aria-label={t("common.actions")} />
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id} className={e.validTo ? "row-ended" : ""}>
            <td>
              <button type="button" className="link-button" onClick={() => navigate({ screen: "vendor", vendorId: other(e).id, tab: "edges" })}>
                {other(e).name}
              </button>
              {e.purpose && <div className="cell-secondary">{e.purpose}</div>}
            </td>
            <td>
              {t(`edgeKind.${e.kind}`)}
              {e.source === "subprocessor_list" && <div className="cell-secondary">{t("edges.fromList")}</div>}
            </td>
            <td>
              {e.categoryKeys.length === 0 ? (
                <span className="muted">{t("edges.notStated")}</span>
              ) : (
                <div className="chip-list">
                  {e.categoryKeys.map((k) => (
                    <span className="chip chip-static" key={k} title={k}>
                      {categoryName(byKey, k)}
                    </span>
                  ))}
                </div>
              )}
            </td>
            <td>{[...e.locations.map((l) => countryName(l)), ...(e.regions ?? []).map((r) => t("import.region", { region: r }))].join(", ")}</td>
            <td>
              {formatDate(e.validFrom)} – {e.validTo ? formatDate(e.validTo) : t("flows.ongoing")}
            </td>
            <td className="row-actions">
              {!e.validTo && (
                <button type="button" className="link-button" onClick={() => setEnding(e)}>
                  {t("flows.end")}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="tab-body">
      {edges.error && <ErrorBanner error={edges.error} />}
      <div className="section-header">
        <h2>{t("edges.outgoing", { vendor: vendor.name })}</h2>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => setImporting(true)} data-testid="import-subprocessors">
            {t("edges.importList")}
          </button>
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            {t("edges.add")}
          </button>
        </div>
      </div>
      {outgoing.length === 0 ? <p className="empty">{t("edges.noneOut")}</p> : table(outgoing, (e) => e.toVendor, "edges-out")}
      <div className="section-header">
        <h2>{t("edges.incoming", { vendor: vendor.name })}</h2>
      </div>
      {incoming.length === 0 ? <p className="empty">{t("edges.noneIn")}</p> : table(incoming, (e) => e.fromVendor, "edges-in")}
      {adding && <EdgeForm vendor={vendor} onDone={() => setAdding(false)} />}
      {importing && <SubprocessorImport vendor={vendor} onDone={() => setImporting(false)} />}
      {ending && (
        <EndDialog
          title={t("edges.endTitle", { from: ending.fromVendor.name, to: ending.toVendor.name })}
          explain={t("edges.endExplain")}
          error={end.error}
          pending={end.isPending}
          onCancel={() => setEnding(null)}
          onEnd={(day) => end.mutate({ edge: ending, day })}
        />
      )}
    </div>
  );
}
