// The body of a blast radius: summary cards, exposed data, people by country, upstream and
// downstream vendors, our services hit, and first actions. Shown live on the blast-radius
// screen and frozen on an incident.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FlagBadges } from "../../components/FlagBadges";
import { countryName, formatDate, formatNumber } from "../../format";
import type { BlastRadius } from "../../ipc";
import { useNavigate } from "../../navigation";
import { categoryName, useTaxonomy } from "../datamap/useDataMap";

export function BlastRadiusResult({ radius, children }: { radius: BlastRadius; children?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { byKey } = useTaxonomy();
  const direct = new Set(radius.direct.categories.map((c) => c.key));
  const topCountries = radius.direct.peopleByCountry.slice(0, 3);
  const maxPeople = Math.max(1, ...radius.direct.peopleByCountry.map((c) => c.people));
  const nothing = radius.exposedCategories.length === 0;
  return (
    <>
      {nothing && (
        <div className="banner banner-info" role="status">
          {t("blast.nothing", { vendor: radius.vendor.name, date: formatDate(radius.asOf) })}
          {radius.lastHeldOn && <> {t("blast.lastHeld", { date: formatDate(radius.lastHeldOn) })}</>}
        </div>
      )}
      <div className="cards" data-testid="blast-summary">
        <div className="card">
          <div className="card-label">{t("blast.cards.data")}</div>
          <div className="card-value" data-testid="exposed-count">{t("blast.cards.kinds", { count: radius.exposedCategories.length })}</div>
          <FlagBadges flags={radius.direct.flags} personal />
        </div>
        <div className="card">
          <div className="card-label">{t("blast.cards.people")}</div>
          <div className="card-value">{formatNumber(radius.direct.people)}</div>
          <div className="muted small">{topCountries.map((c) => `${countryName(c.country)} ${formatNumber(c.people)}`).join(" · ")}</div>
        </div>
        <div className="card">
          <div className="card-label">{t("blast.cards.vendors")}</div>
          <div className="card-value">{radius.indirectTotal + radius.downstreamTotal}</div>
          <div className="muted small">{t("blast.cards.vendorsDetail", { upstream: radius.indirectTotal, downstream: radius.downstreamTotal })}</div>
        </div>
        <div className="card">
          <div className="card-label">{t("blast.cards.services")}</div>
          <div className="card-value">{radius.services.length}</div>
          <div className="muted small">{radius.services.map((s) => s.name).join(", ")}</div>
        </div>
        <div className="card">
          <div className="card-label">{t("blast.cards.actions")}</div>
          <div className="card-value">{radius.actions.length}</div>
          <div className="muted small">{radius.actions[0]?.title ?? ""}</div>
        </div>
      </div>

      {children}

      <section className="panel" aria-labelledby="exposed-title">
        <h2 id="exposed-title">{t("blast.exposed")}</h2>
        {nothing ? (
          <p className="empty">{t("blast.noExposure")}</p>
        ) : (
          <table className="table" data-testid="exposed-table">
            <thead>
              <tr>
                <th>{t("blast.columns.category")}</th>
                <th>{t("blast.columns.flags")}</th>
                <th>{t("blast.columns.how")}</th>
              </tr>
            </thead>
            <tbody>
              {radius.exposedCategories.map((c) => (
                <tr key={c.key}>
                  <td>
                    <div className="cell-primary">{c.name}</div>
                    <div className="cell-secondary mono">{c.key}</div>
                  </td>
                  <td>
                    <FlagBadges flags={c.flags} personal />
                  </td>
                  <td>
                    {direct.has(c.key) && <span className="badge badge-neutral">{t("blast.fromUs")}</span>}
                    {radius.indirect
                      .filter((i) => i.categoryKeys.includes(c.key))
                      .slice(0, 3)
                      .map((i) => (
                        <span className="badge badge-flag" key={i.vendor.id}>
                          {t("blast.via", { vendor: i.vendor.name })}
                        </span>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {radius.direct.peopleByCountry.length > 0 && (
        <section className="panel" aria-labelledby="people-title">
          <h2 id="people-title">{t("blast.peopleByCountry")}</h2>
          <p className="muted small">
            {radius.direct.subjects.map((s) => t("blast.subject", { name: s.name, count: s.people, formatted: formatNumber(s.people) })).join(" · ")}
          </p>
          <ul className="bars">
            {radius.direct.peopleByCountry.map((c) => (
              <li key={c.country}>
                <span className="bar-label">{countryName(c.country)}</span>
                <span className="bar-track">
                  <span className="bar" style={{ width: `${(100 * c.people) / maxPeople}%` }} />
                </span>
                <span className="bar-value">{formatNumber(c.people)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel" aria-labelledby="indirect-title">
        <h2 id="indirect-title">{t("blast.indirect", { count: radius.indirectTotal })}</h2>
        {radius.indirect.length === 0 ? (
          <p className="empty">{t("blast.noIndirect")}</p>
        ) : (
          <table className="table" data-testid="indirect-table">
            <thead>
              <tr>
                <th>{t("blast.columns.vendor")}</th>
                <th>{t("blast.columns.path")}</th>
                <th>{t("blast.columns.passing")}</th>
              </tr>
            </thead>
            <tbody>
              {radius.indirect.map((i) =>
                i.paths.map((p, n) => (
                  <tr key={`${i.vendor.id}-${n}`}>
                    <td>
                      {n === 0 && (
                        <button type="button" className="link-button" onClick={() => navigate({ screen: "vendor", vendorId: i.vendor.id, tab: "edges" })}>
                          {i.vendor.name}
                        </button>
                      )}
                    </td>
                    <td>{p.vendors.map((v) => v.name).join(" → ")}</td>
                    <td>{p.categoryKeys.map((k) => categoryName(byKey, k)).join(", ")}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
        {radius.indirectTotal > radius.indirect.length && <p className="muted small">{t("blast.more", { count: radius.indirectTotal - radius.indirect.length })}</p>}
      </section>

      <section className="panel" aria-labelledby="downstream-title">
        <h2 id="downstream-title">{t("blast.downstream", { count: radius.downstreamTotal })}</h2>
        {radius.downstream.length === 0 ? (
          <p className="empty">{t("blast.noDownstream")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t("blast.columns.vendor")}</th>
                <th>{t("blast.columns.path")}</th>
                <th>{t("blast.columns.mayHold")}</th>
              </tr>
            </thead>
            <tbody>
              {radius.downstream.map((d) => (
                <tr key={d.vendor.id}>
                  <td>
                    {d.vendor.name}
                    {d.assumed && (
                      <div>
                        <span className="badge badge-warn" title={t("blast.assumedLong")}>
                          {t("blast.assumed")}
                        </span>
                      </div>
                    )}
                  </td>
                  <td>{d.path.map((v) => v.name).join(" → ")}</td>
                  <td>{d.categoryKeys.map((k) => categoryName(byKey, k)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {radius.downstreamTotal > radius.downstream.length && <p className="muted small">{t("blast.more", { count: radius.downstreamTotal - radius.downstream.length })}</p>}
      </section>

      <section className="panel" aria-labelledby="services-title">
        <h2 id="services-title">{t("blast.services")}</h2>
        {radius.services.length === 0 ? (
          <p className="empty">{t("blast.noServices")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t("blast.columns.service")}</th>
                <th>{t("services.columns.criticality")}</th>
                <th className="num">{t("services.columns.rto")}</th>
                <th>{t("blast.columns.impact")}</th>
              </tr>
            </thead>
            <tbody>
              {radius.services.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>
                    <span className={`badge badge-crit-${s.criticality}`}>{t(`criticality.${s.criticality}`)}</span>
                  </td>
                  <td className="num">{s.rtoHours === null ? "—" : t("services.hours", { count: s.rtoHours })}</td>
                  <td>{s.impacts.map((i) => t(`impact.${i}`)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="actions-title">
        <h2 id="actions-title">{t("blast.actions")}</h2>
        <ol className="actions" data-testid="actions">
          {radius.actions.map((a) => (
            <li key={a.code}>
              <strong>{a.title}</strong>
              <span className="muted"> — {a.detail}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
