// The notification steps a breach triggers: each with its recipient, deadline, live countdown,
// the rule and its citation, and why it applies. On an incident, steps can be marked done and
// judgements recorded; on the blast-radius screen the list is read-only.
import { useTranslation } from "react-i18next";
import { useNow } from "../../components/useNow";
import { formatInstantIn, timeLeft } from "../../format";
import type { NotTriggered, Obligation, ObligationReport } from "../../ipc";

export interface ObligationActions {
  markDone: (obligation: Obligation) => void;
  assess: (key: string, question: string) => void;
}

interface Props {
  report: ObligationReport;
  actions?: ObligationActions;
}

export function ObligationList({ report, actions }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <div className="obligations">
      <p className="muted small" data-testid="obligations-clock">
        {t("obligations.clock", { aware: formatInstantIn(report.awareness, report.timeZone), zone: report.timeZone })}
      </p>
      {report.obligations.length === 0 ? (
        <p className="empty">{t("obligations.none")}</p>
      ) : (
        <ul className="obligation-list">
          {report.obligations.map((o) => (
            <ObligationItem key={o.ruleId} obligation={o} now={now} timeZone={report.timeZone} actions={actions} />
          ))}
        </ul>
      )}
      {report.notTriggered.length > 0 && <NotTriggeredList items={report.notTriggered} actions={actions} />}
    </div>
  );
}

function StatusBadge({ obligation: o, now }: { obligation: Obligation; now: number }) {
  const { t } = useTranslation();
  if (o.doneAt) return <span className={`badge ${o.late ? "badge-warn" : "badge-ok"}`}>{o.late ? t("obligations.doneLate") : t("obligations.done")}</span>;
  if (o.due) {
    const left = timeLeft(o.due, now);
    const key = left.past ? "obligations.overdue" : "obligations.left";
    const urgent = left.past || left.days === 0;
    return (
      <span className={`badge ${urgent ? "badge-danger" : "badge-neutral"} countdown`} data-testid="countdown">
        {t(key, { d: left.days, h: left.hours, m: left.minutes })}
      </span>
    );
  }
  return <span className="badge badge-neutral">{t("obligations.noFixedTime")}</span>;
}

function ObligationItem({ obligation: o, now, timeZone, actions }: { obligation: Obligation; now: number; timeZone: string; actions?: ObligationActions }) {
  const { t } = useTranslation();
  const needsAssessment = o.status === "needs_assessment";
  return (
    <li className={`obligation ${o.doneAt ? "obligation-done" : ""}`} data-testid={`obligation-${o.ruleId}`}>
      <div className="obligation-head">
        <div>
          <div className="obligation-title">
            <span className="obligation-regime">{o.regime}</span> {o.step}
          </div>
          <div className="muted small">{t("obligations.to", { recipient: o.recipient })}</div>
        </div>
        <div className="obligation-status">
          {needsAssessment && <span className="badge badge-assess">{t("obligations.needsAssessment")}</span>}
          <StatusBadge obligation={o} now={now} />
        </div>
      </div>
      <dl className="obligation-facts">
        <dt>{t("obligations.deadline")}</dt>
        <dd>
          {o.deadline}
          {o.due && <strong className="obligation-due"> · {t("obligations.dueAt", { due: formatInstantIn(o.due, timeZone) })}</strong>}
        </dd>
        {o.doneAt && (
          <>
            <dt>{t("obligations.doneAt")}</dt>
            <dd>{formatInstantIn(o.doneAt, timeZone)}</dd>
          </>
        )}
        <dt>{t("obligations.rule")}</dt>
        <dd className="citation" data-testid="citation">
          {o.citation}
        </dd>
        {o.contents.length > 0 && (
          <>
            <dt>{t("obligations.contents")}</dt>
            <dd>
              <ul className="checklist" data-testid="notice-contents">
                {o.contents.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {o.basis && (
          <>
            <dt>{t("obligations.because")}</dt>
            <dd>{o.basis}</dd>
          </>
        )}
        <dt>{t("obligations.working")}</dt>
        <dd className="muted small">{o.working}</dd>
      </dl>
      {o.question && (
        <div className="obligation-question" role="note">
          <strong>{t("obligations.assess")}</strong> {o.question}
        </div>
      )}
      {actions && (
        <div className="obligation-actions">
          {o.judgementKey && needsAssessment && o.question && (
            <button type="button" className="button" onClick={() => actions.assess(o.judgementKey!, o.question!)}>
              {t("obligations.recordAssessment")}
            </button>
          )}
          {!o.doneAt && (
            <button type="button" className="button button-primary" data-testid={`done-${o.ruleId}`} onClick={() => actions.markDone(o)}>
              {t("obligations.markDone")}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function NotTriggeredList({ items, actions }: { items: NotTriggered[]; actions?: ObligationActions }) {
  const { t } = useTranslation();
  return (
    <details className="not-triggered">
      <summary>{t("obligations.notTriggered", { count: items.length })}</summary>
      <ul>
        {items.map((n) => (
          <li key={n.ruleId}>
            <strong>{n.regime}</strong> {n.step}: <span className="muted">{n.reason}</span>
            {actions && n.judgementKey && (
              <button type="button" className="link-button" onClick={() => actions.assess(n.judgementKey!, n.reason)}>
                {t("obligations.revise")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
