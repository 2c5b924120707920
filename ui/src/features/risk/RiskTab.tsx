// A vendor's risk: inherent and residual levels with every step of their arithmetic, the
// review cadence, what-if, the profile inputs only a person can give (access, substitutability,
// an override with its reason), the trend of dated assessments, documents and acceptances.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { useCan } from "../../components/useCan";
import { formatDate } from "../../format";
import { assessRisk, getRiskProfileEdit, getVendorRisk, queryKeys, invalidateAfter, type Edit, type RiskProfileDraft, type Vendor, type VendorRiskView } from "../../ipc";
import { AcceptancesPanel } from "./AcceptancesPanel";
import { DocumentsPanel } from "./DocumentsPanel";
import { ProfileDialog } from "./ProfileDialog";
import { RiskTrend } from "./RiskTrend";
import { StepsTable } from "./StepsTable";
import { WhatIfPanel } from "./WhatIfPanel";

export function RiskTab({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const canDecide = useCan("risk");
  const view = useQuery({ queryKey: queryKeys.vendorRisk(vendor.id), queryFn: () => getVendorRisk(vendor.id) });
  const [editing, setEditing] = useState<Edit<RiskProfileDraft> | null>(null);
  const [whatIf, setWhatIf] = useState(false);
  const assess = useMutation({
    mutationFn: () => assessRisk(vendor.id),
    onSuccess: () => invalidateAfter(client, "risk_assess"),
  });
  if (view.error) return <ErrorBanner error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <p className="muted">{t("common.loading")}</p>;
  const v = view.data;
  return (
    <div className="risk-tab">
      <div className="section-header">
        <h2>{t("risk.title")}</h2>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => setWhatIf(!whatIf)} aria-expanded={whatIf} data-testid="what-if-toggle">
            {t("risk.whatIf")}
          </button>
          {canDecide && (
            <>
              <button type="button" className="button" onClick={() => void getRiskProfileEdit(vendor.id).then(setEditing)} data-testid="risk-profile">
                {t("risk.editProfile")}
              </button>
              <button type="button" className="button button-primary" onClick={() => assess.mutate()} disabled={assess.isPending} data-testid="risk-assess">
                {t("risk.record")}
              </button>
            </>
          )}
        </div>
      </div>
      {assess.error && <ErrorBanner error={assess.error} />}
      <Attention view={v} />
      <RiskCards view={v} />
      {whatIf && <WhatIfPanel facts={v.facts} current={v.result} />}
      <section className="panel" aria-labelledby="explain-title">
        <h3 id="explain-title" className="subhead">
          {t("risk.explain", { version: v.result.rubricVersion })}
        </h3>
        <StepsTable result={v.result} />
      </section>
      <RiskTrend history={v.history} />
      <DocumentsPanel vendor={vendor} documents={v.documents} />
      <AcceptancesPanel vendor={vendor} acceptances={v.acceptances} residual={v.result.residual} />
      {editing && <ProfileDialog vendor={vendor} edit={editing} onDone={() => setEditing(null)} />}
    </div>
  );
}

function Attention({ view }: { view: VendorRiskView }) {
  const { t } = useTranslation();
  const notes = [...view.openReviews, ...(view.renewal && view.renewal.freshness !== "current" ? [view.renewal.message] : [])];
  if (notes.length === 0) return null;
  return (
    <div className="banner banner-warn" role="status" data-testid="risk-attention">
      <strong>{t("risk.attention")}</strong>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

function RiskCards({ view }: { view: VendorRiskView }) {
  const { t } = useTranslation();
  const r = view.result;
  const review = view.review;
  return (
    <div className="cards" data-testid="risk-cards">
      <div className="card">
        <div className="card-label">{t("risk.inherent")}</div>
        <div className="card-value">
          <span className={`badge badge-level-${r.inherent}`}>{t(`level.${r.inherent}`)}</span>
          {r.overridden && (
            <span className="badge badge-neutral" title={view.profile.overrideReason ?? ""}>
              {t("risk.overridden")}
            </span>
          )}
        </div>
        <div className="muted small">{t("risk.axes", { likelihood: t(`level.${r.likelihood}`), impact: t(`level.${r.impact}`) })}</div>
      </div>
      <div className="card">
        <div className="card-label">{t("risk.residual")}</div>
        <div className="card-value">
          <span className={`badge badge-level-${r.residual}`} data-testid="risk-residual">
            {t(`level.${r.residual}`)}
          </span>
        </div>
      </div>
      <div className="card">
        <div className="card-label">{t("risk.tier")}</div>
        <div className="card-value" data-testid="risk-tier">
          {r.tier}
        </div>
      </div>
      <div className="card">
        <div className="card-label">{t("risk.review")}</div>
        <div className="card-value">
          <span className={`badge badge-review-${review.state}`}>{t(`reviewState.${review.state}`)}</span>
        </div>
        <div className="muted small">
          {t("risk.reviewDates", { last: formatDate(review.lastReviewed) || "—", next: formatDate(review.nextDue) || t("risk.now") })}
        </div>
      </div>
    </div>
  );
}
