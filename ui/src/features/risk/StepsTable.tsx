// The written-out arithmetic of a risk computation, one row per step.
import { useTranslation } from "react-i18next";
import type { RiskResult } from "../../ipc";

/** Each step of a computation: what went in, the arithmetic, what came out. */
export function StepsTable({ result }: { result: RiskResult }) {
  const { t } = useTranslation();
  return (
    <table className="table compact steps" data-testid="risk-steps">
      <thead>
        <tr>
          <th>{t("risk.columns.step")}</th>
          <th>{t("risk.columns.working")}</th>
          <th>{t("risk.columns.result")}</th>
        </tr>
      </thead>
      <tbody>
        {result.steps.map((s) => (
          <tr key={s.key}>
            <td className="cell-primary">{s.name}</td>
            <td className="working">{s.working}</td>
            <td>{s.result}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
