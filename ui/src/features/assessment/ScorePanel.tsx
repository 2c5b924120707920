// A score with its arithmetic: the formula, each domain's sum, and every line behind it.
import { useTranslation } from "react-i18next";
import type { ScoreReport, Template } from "../../ipc";

const fixed = (n: number) => n.toFixed(2);
const pct = (n: number | null) => (n === null ? "—" : n.toFixed(1));

export function ScorePanel({ score, template }: { score: ScoreReport; template: Template }) {
  const { t } = useTranslation();
  const text = (id: string) => template.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text ?? id;
  return (
    <div className="score-panel" data-testid="score-panel">
      <div className="score-overall">
        <div className="score-number" data-testid="score-overall">
          {pct(score.overall)}
        </div>
        <div>
          <div className="score-working mono">
            {fixed(score.earned)} ÷ {fixed(score.possible)} × 100
          </div>
          <div className="muted small">{t("score.answered", { answered: score.answered, visible: score.visible })}</div>
        </div>
      </div>
      <p className="muted small">{score.formula}</p>
      {score.unansweredRequired.length > 0 && (
        <div className="banner banner-warn" role="status">
          {t("score.unanswered", { ids: score.unansweredRequired.join(", ") })}
        </div>
      )}
      {score.domains.map((d) => (
        <details key={d.domain} className="score-domain">
          <summary>
            <span className="score-domain-name">{d.label}</span>
            {d.iso27001.length > 0 && <span className="muted small"> ISO/IEC 27001 A.{d.iso27001.join(", A.")}</span>}
            <span className="score-domain-value mono">
              {fixed(d.earned)} ÷ {fixed(d.possible)} = {pct(d.score)}
            </span>
          </summary>
          <table className="table compact">
            <thead>
              <tr>
                <th>{t("score.columns.question")}</th>
                <th className="num">{t("score.columns.weight")}</th>
                <th className="num">{t("score.columns.points")}</th>
                <th className="num">{t("score.columns.earned")}</th>
              </tr>
            </thead>
            <tbody>
              {d.lines.map((l) => (
                <tr key={l.questionId} className={l.state === "unanswered" && l.required ? "row-warn" : ""}>
                  <td>
                    <span className="mono small">{l.questionId}</span> {text(l.questionId)}
                  </td>
                  <td className="num">{l.weight}</td>
                  <td className="num">{l.points === null ? t(`score.state.${l.state}`) : fixed(l.points)}</td>
                  <td className="num">{l.earned === null ? "—" : fixed(l.earned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
