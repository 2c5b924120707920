// One vendor: its profile at a glance, and tabs for its data flows, fourth parties and network.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "../../components/Badge";
import { ErrorBanner } from "../../components/ErrorBanner";
import { useCan } from "../../components/useCan";
import { countryName } from "../../format";
import { getVendor, getVendorEdit, queryKeys, referenceData, vendorReviews, type Edit, type VendorDraft, type VendorId } from "../../ipc";
import { useNavigate, type VendorTab } from "../../navigation";
import { NetworkPanel } from "../network/NetworkPanel";
import { ExportStatus } from "../exports/ExportStatus";
import { LanguagePicker } from "../../components/LanguagePicker";
import { useExport } from "../exports/useExport";
import { RiskTab } from "../risk/RiskTab";
import { VendorForm } from "../vendors/VendorForm";
import { AssessmentsTab } from "./AssessmentsTab";
import { EdgesTab } from "./EdgesTab";
import { FlowsTab } from "./FlowsTab";

export function VendorPage({ vendorId, tab = "flows" }: { vendorId: VendorId; tab?: VendorTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const vendor = useQuery({ queryKey: queryKeys.vendor(vendorId), queryFn: () => getVendor(vendorId) });
  const reviews = useQuery({ queryKey: queryKeys.reviews(vendorId), queryFn: () => vendorReviews(vendorId) });
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [editing, setEditing] = useState<Edit<VendorDraft> | null>(null);
  const canEdit = useCan("vendors");
  const exporting = useExport();
  if (vendor.error) return <ErrorBanner error={vendor.error} onRetry={() => void vendor.refetch()} />;
  if (!vendor.data) return <div className="screen muted">{t("common.loading")}</div>;
  const v = vendor.data;
  const tabs: { id: VendorTab; label: string }[] = [
    { id: "flows", label: t("vendor.tabs.flows") },
    { id: "edges", label: t("vendor.tabs.edges") },
    { id: "network", label: t("vendor.tabs.network") },
    { id: "assessments", label: t("vendor.tabs.assessments") },
    { id: "risk", label: t("vendor.tabs.risk") },
  ];
  return (
    <section className="screen screen-scroll" aria-labelledby="vendor-title">
      <button type="button" className="link-button back" onClick={() => navigate({ screen: "vendors" })}>
        ← {t("vendors.title")}
      </button>
      <header className="screen-header">
        <div>
          <h1 id="vendor-title">{v.name}</h1>
          <p className="muted">
            <Badge tone="neutral">{t(`category.${v.category}`)}</Badge>
            <Badge tone={v.status}>{t(`status.${v.status}`)}</Badge>
            {v.archivedAt && <Badge tone="archived">{t("vendors.archived")}</Badge>}
            {[v.legalName, countryName(v.country), v.businessOwner].filter(Boolean).join(" · ")}
          </p>
        </div>
        <div className="header-actions">
          {canEdit && (
            <button type="button" className="button" data-testid="edit-vendor" onClick={() => void getVendorEdit(vendorId).then(setEditing)}>
              {t("vendor.editProfile")}
            </button>
          )}
          <LanguagePicker label={t("exports.reportLanguage")} value={exporting.language} onChange={exporting.setLanguage} testId="report-language" />
          <button
            type="button"
            className="button"
            disabled={exporting.pending}
            onClick={() => exporting.run({ report: { kind: "vendor", id: vendorId } })}
            data-testid="export-dossier"
          >
            {t("vendor.dossier")}
          </button>
          <button type="button" className="button button-primary" data-testid="open-blast-radius" onClick={() => navigate({ screen: "blast", vendorId })}>
            {t("vendor.blastRadius")}
          </button>
        </div>
      </header>
      <ExportStatus pending={exporting.pending} progress={exporting.progress} done={exporting.done} error={exporting.error} />
      {reviews.data && reviews.data.length > 0 && (
        <div className="banner banner-warn" role="status">
          <strong>{t("vendor.needsReview")}</strong>
          <ul>
            {reviews.data.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {v.description && <p className="vendor-description">{v.description}</p>}
      <div className="tabs" role="tablist">
        {tabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            aria-selected={tab === item.id}
            className={`tab ${tab === item.id ? "active" : ""}`}
            data-testid={`tab-${item.id}`}
            onClick={() => navigate({ screen: "vendor", vendorId, tab: item.id })}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === "flows" && <FlowsTab vendor={v} />}
        {tab === "edges" && <EdgesTab vendor={v} />}
        {tab === "network" && <NetworkPanel vendorId={vendorId} />}
        {tab === "assessments" && <AssessmentsTab vendor={v} />}
        {tab === "risk" && <RiskTab vendor={v} />}
      </div>
      {editing && reference.data && (
        <VendorForm editing={{ vendor: v, edit: editing }} reference={reference.data} onDone={() => setEditing(null)} />
      )}
    </section>
  );
}
