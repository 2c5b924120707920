// The dashboard: the inherent-risk heat map (click a cell to list its vendors), tiers, reviews
// due, documents and notice dates coming up, open findings, special-category data, and
// acceptances that no longer hold.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { useCan } from "../../components/useCan";
import { formatDate } from "../../format";
import { assessAllRisks, dashboardCell, getDashboard, queryKeys, invalidateAfter, type HeatCell, type Level } from "../../ipc";
import { useNavigate } from "../../navigation";

const LEVELS: Level[] = ["very_low", "low", "moderate", "high", "very_high"];

/** Vendor names a dashboard card shows before "and N more". */
const CARD_NAMES = 5;

export function DashboardScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const can = useCan("risk");
  const dashboard = useQuery({ queryKey: queryKeys.dashboard, queryFn: getDashboard });
  const [cell, setCell] = useState<HeatCell | null>(null);
  const assessAll = useMutation({
    mutationFn: assessAllRisks,
    onSuccess: () => invalidateAfter(client, "risk_assess_all"),
  });
  if (dashboard.error) return <ErrorBanner error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <div className="splash">{t("common.loading")}</div>;
  const d = dashboard.data;
  const open = (vendorId: number) => navigate({ screen: "vendor", vendorId, tab: "risk" });
  const maxTier = Math.max(1, ...d.tiers.map((x) => x.count));
  return (
    <section className="screen screen-scroll" aria-labelledby="dashboard-title">
      <header className="screen-header">
        <div>
          <h1 id="dashboard-title">{t("dashboard.title")}</h1>
          <p className="muted">{t("dashboard.subtitle", { date: formatDate(d.date), count: d.vendors, version: d.rubricVersion })}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => navigate({ screen: "rubric" })} data-testid="open-rubric">
            {t("dashboard.rubric", { version: d.rubricVersion })}
          </button>
          {can && (
            <button type="button" className="button button-primary" onClick={() => assessAll.mutate()} disabled={assessAll.isPending}>
              {t("dashboard.assessAll")}
            </button>
          )}
        </div>
      </header>
      {assessAll.error && <ErrorBanner error={assessAll.error} />}
      {assessAll.data !== undefined && <div className="banner banner-ok">{t("dashboard.assessed", { count: assessAll.data })}</div>}
      <div className="cards">
        <div className="card">
          <div className="card-label">{t("dashboard.cards.reviews")}</div>
          <div className="card-value">{d.reviewsOverdue.total}</div>
          <div className="muted small">{t("dashboard.cards.dueSoon", { count: d.reviewsDueSoon.total })}</div>
        </div>
        <div className="card">
          <div className="card-label">{t("dashboard.cards.findings")}</div>
          <div className="card-value">{d.openFindings.reduce((n, f) => n + f.count, 0)}</div>
          <div className="muted small">{d.openFindings.map((f) => `${f.count} ${t(`severity.${f.key}`)}`).join(" · ")}</div>
        </div>
        <div className="card">
          <div className="card-label">{t("dashboard.cards.documents")}</div>
          <div className="card-value">{d.documents.total}</div>
          <div className="muted small">{t("dashboard.cards.notices", { count: d.renewals.total })}</div>
        </div>
        <div className="card">
          <div className="card-label">{t("dashboard.cards.special")}</div>
          <div className="card-value">{d.specialCategory.total}</div>
          <div className="muted small">
            {d.specialCategory.items
              .slice(0, CARD_NAMES)
              .map((v) => v.name)
              .join(", ")}
            {d.specialCategory.total > CARD_NAMES && ` ${t("dashboard.andMore", { count: d.specialCategory.total - CARD_NAMES })}`}
          </div>
        </div>
        <div className={`card ${d.staleAcceptances.total ? "card-alert" : ""}`}>
          <div className="card-label">{t("dashboard.cards.acceptances")}</div>
          <div className="card-value">{d.staleAcceptances.total}</div>
        </div>
      </div>
      <div className="grid-2-panels">
        <section className="panel" aria-labelledby="heat-title">
          <h2 id="heat-title">{t("dashboard.heatMap")}</h2>
          <div className="heat-map" role="grid" aria-label={t("dashboard.heatMap")} data-testid="heat-map">
            <div className="heat-axis heat-axis-y">{t("dashboard.likelihood")}</div>
            {[...LEVELS].reverse().map((likelihood) => (
              <div key={likelihood} className="heat-row" role="row">
                <div className="heat-label">{t(`level.${likelihood}`)}</div>
                {LEVELS.map((impact) => {
                  const c = d.heatMap.find((x) => x.likelihood === likelihood && x.impact === impact)!;
                  const selected = cell?.likelihood === likelihood && cell.impact === impact;
                  return (
                    <button
                      key={impact}
                      type="button"
                      role="gridcell"
                      className={`heat-cell heat-${c.level} ${selected ? "selected" : ""}`}
                      data-testid={`heat-${likelihood}-${impact}`}
                      aria-label={t("dashboard.cellLabel", { likelihood: t(`level.${likelihood}`), impact: t(`level.${impact}`), count: c.vendors })}
                      onClick={() => setCell(c)}
                    >
                      {c.vendors || ""}
                    </button>
                  );
                })}
              </div>
            ))}
            <div className="heat-row">
              <div className="heat-label" />
              {LEVELS.map((impact) => (
                <div key={impact} className="heat-label heat-label-x">
                  {t(`level.${impact}`)}
                </div>
              ))}
            </div>
            <div className="heat-axis heat-axis-x">{t("dashboard.impact")}</div>
          </div>
          {cell && <CellVendors cell={cell} onOpen={open} />}
        </section>
        <section className="panel" aria-labelledby="tiers-title">
          <h2 id="tiers-title">{t("dashboard.tiers")}</h2>
          <ul className="bars" data-testid="tiers">
            {d.tiers.map((x) => (
              <li key={x.key}>
                <span className="bar-label">{t("dashboard.tier", { tier: x.key })}</span>
                <span className="bar-track">
                  <span className={`bar bar-tier-${x.key}`} style={{ width: `${(100 * x.count) / maxTier}%` }} />
                </span>
                <span className="bar-value">{x.count}</span>
              </li>
            ))}
          </ul>
          <h2 className="section-gap">{t("dashboard.residual")}</h2>
          <ul className="plain-list">
            {d.residual.filter((r) => r.count).map((r) => (
              <li key={r.key}>
                <span className={`badge badge-level-${r.key}`}>{t(`level.${r.key}`)}</span> {r.count}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="panel" aria-labelledby="reviews-title">
        <h2 id="reviews-title">{t("dashboard.reviews", { count: d.reviewsOverdue.total + d.reviewsDueSoon.total })}</h2>
        {[...d.reviewsOverdue.items, ...d.reviewsDueSoon.items].length === 0 ? (
          <p className="empty">{t("dashboard.noReviews")}</p>
        ) : (
          <table className="table table-clickable compact">
            <thead>
              <tr>
                <th>{t("dashboard.columns.vendor")}</th>
                <th>{t("dashboard.columns.tier")}</th>
                <th>{t("dashboard.columns.state")}</th>
                <th>{t("dashboard.columns.last")}</th>
                <th>{t("dashboard.columns.next")}</th>
              </tr>
            </thead>
            <tbody>
              {[...d.reviewsOverdue.items, ...d.reviewsDueSoon.items].map((r) => (
                <tr key={r.vendor.id} tabIndex={0} onClick={() => open(r.vendor.id)} onKeyDown={(e) => e.key === "Enter" && open(r.vendor.id)}>
                  <td className="cell-primary">{r.vendor.name}</td>
                  <td>{r.tier}</td>
                  <td>
                    <span className={`badge badge-review-${r.state}`}>{t(`reviewState.${r.state}`)}</span>
                  </td>
                  <td>{formatDate(r.lastReviewed) || "—"}</td>
                  <td>{formatDate(r.nextDue) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="grid-2-panels">
        <section className="panel" aria-labelledby="docs-title">
          <h2 id="docs-title">{t("dashboard.documents")}</h2>
          {d.documents.items.length === 0 ? (
            <p className="empty">{t("dashboard.noDocuments")}</p>
          ) : (
            <ul className="attention-list">
              {d.documents.items.map((x) => (
                <li key={x.document.id}>
                  <span className={`badge badge-fresh-${x.freshness}`}>{t(`freshness.${x.freshness}`)}</span> {x.message}
                </li>
              ))}
            </ul>
          )}
          <h2 className="section-gap">{t("dashboard.notices")}</h2>
          {d.renewals.items.length === 0 ? (
            <p className="empty">{t("dashboard.noNotices")}</p>
          ) : (
            <ul className="attention-list" data-testid="notices">
              {d.renewals.items.map((n) => (
                <li key={n.vendor.id}>
                  <span className={`badge badge-fresh-${n.freshness}`}>{t(`freshness.${n.freshness}`)}</span> {n.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="stale-title">
          <h2 id="stale-title">{t("dashboard.staleAcceptances")}</h2>
          {d.staleAcceptances.items.length === 0 ? (
            <p className="empty">{t("dashboard.noStale")}</p>
          ) : (
            <ul className="attention-list">
              {d.staleAcceptances.items.map((a) => (
                <li key={a.acceptance.id}>
                  <button type="button" className="link-button" onClick={() => open(a.acceptance.vendor.id)}>
                    {a.acceptance.vendor.name}
                  </button>{" "}
                  {t("dashboard.staleReason", { level: t(`level.${a.acceptance.acceptedLevel}`), reason: a.reason })}
                </li>
              ))}
            </ul>
          )}
          <h2 className="section-gap">{t("dashboard.special")}</h2>
          {d.specialCategory.items.length === 0 ? (
            <p className="empty">{t("dashboard.noSpecial")}</p>
          ) : (
            <ul className="attention-list">
              {d.specialCategory.items.map((v) => (
                <li key={v.id}>
                  <button type="button" className="link-button" onClick={() => open(v.id)}>
                    {v.name}
                  </button>
                </li>
              ))}
              {d.specialCategory.total > d.specialCategory.items.length && (
                <li className="muted">{t("dashboard.andMore", { count: d.specialCategory.total - d.specialCategory.items.length })}</li>
              )}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}

function CellVendors({ cell, onOpen }: { cell: HeatCell; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const vendors = useQuery({ queryKey: queryKeys.dashboardCell(cell.likelihood, cell.impact), queryFn: () => dashboardCell(cell.likelihood, cell.impact) });
  return (
    <div className="cell-vendors" data-testid="cell-vendors">
      <h3 className="subhead">{t("dashboard.cellTitle", { likelihood: t(`level.${cell.likelihood}`), impact: t(`level.${cell.impact}`), count: cell.vendors })}</h3>
      {vendors.data && vendors.data.length === 0 && <p className="empty">{t("dashboard.cellEmpty")}</p>}
      <ul className="attention-list">
        {vendors.data?.map((r) => (
          <li key={r.vendor.id}>
            <button type="button" className="link-button" onClick={() => onOpen(r.vendor.id)}>
              {r.vendor.name}
            </button>{" "}
            <span className="muted small">{t("dashboard.cellRow", { tier: r.tier, residual: t(`level.${r.residual}`) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
