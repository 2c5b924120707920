// The trend of a vendor's dated assessments: inherent and residual level over time, and the
// snapshots themselves (each frozen with the rubric version it was computed under).
import { useTranslation } from "react-i18next";
import { formatInstant } from "../../format";
import type { Level, RiskSnapshot } from "../../ipc";

const LEVELS: Level[] = ["very_low", "low", "moderate", "high", "very_high"];
const WIDTH = 560;
const HEIGHT = 150;
const PAD = { left: 84, right: 16, top: 12, bottom: 24 };

const y = (level: Level) => PAD.top + ((4 - LEVELS.indexOf(level)) * (HEIGHT - PAD.top - PAD.bottom)) / 4;

export function RiskTrend({ history }: { history: RiskSnapshot[] }) {
  const { t } = useTranslation();
  const x = (i: number) => PAD.left + (history.length === 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (history.length - 1));
  const line = (pick: (s: RiskSnapshot) => Level) => history.map((s, i) => `${x(i)},${y(pick(s))}`).join(" ");
  return (
    <section className="panel" aria-labelledby="trend-title">
      <h3 id="trend-title" className="subhead">
        {t("risk.trend", { count: history.length })}
      </h3>
      {history.length === 0 ? (
        <p className="empty">{t("risk.noHistory")}</p>
      ) : (
        <div className="trend">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t("risk.trendLabel")} data-testid="risk-trend">
            {LEVELS.map((level) => (
              <g key={level}>
                <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(level)} y2={y(level)} className="trend-grid" />
                <text x={PAD.left - 8} y={y(level) + 4} textAnchor="end" className="trend-axis">
                  {t(`level.${level}`)}
                </text>
              </g>
            ))}
            <polyline points={line((s) => s.result.inherent)} className="trend-inherent" />
            <polyline points={line((s) => s.result.residual)} className="trend-residual" />
            {history.map((s, i) => (
              <g key={s.id}>
                <circle cx={x(i)} cy={y(s.result.inherent)} r={4} className="trend-inherent-dot">
                  <title>{`${formatInstant(s.assessedAt)}: ${t("risk.inherent")} ${t(`level.${s.result.inherent}`)}`}</title>
                </circle>
                <circle cx={x(i)} cy={y(s.result.residual)} r={4} className="trend-residual-dot">
                  <title>{`${formatInstant(s.assessedAt)}: ${t("risk.residual")} ${t(`level.${s.result.residual}`)}`}</title>
                </circle>
              </g>
            ))}
          </svg>
          <div className="trend-legend muted small">
            <span className="legend-inherent">{t("risk.inherent")}</span>
            <span className="legend-residual">{t("risk.residual")}</span>
          </div>
          <table className="table compact">
            <thead>
              <tr>
                <th>{t("risk.columns.assessed")}</th>
                <th>{t("risk.columns.rubric")}</th>
                <th>{t("risk.inherent")}</th>
                <th>{t("risk.residual")}</th>
                <th>{t("risk.tier")}</th>
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((s) => (
                <tr key={s.id}>
                  <td>{formatInstant(s.assessedAt)}</td>
                  <td>v{s.rubricVersion}</td>
                  <td>
                    <span className={`badge badge-level-${s.result.inherent}`}>{t(`level.${s.result.inherent}`)}</span>
                    {s.result.overridden && <span className="muted small"> {t("risk.overridden")}</span>}
                  </td>
                  <td>
                    <span className={`badge badge-level-${s.result.residual}`}>{t(`level.${s.result.residual}`)}</span>
                  </td>
                  <td>{s.result.tier}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
