// What the organisation has knowingly accepted about a vendor: approver, justification,
// expiry and the residual level accepted. An acceptance goes stale when that level changes or
// it expires; it can be revoked.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useCan } from "../../components/useCan";
import { useFieldErrors } from "../../components/useFieldErrors";
import { formatDate, formatInstant } from "../../format";
import { acceptRisk, revokeAcceptance, invalidateAfter, type AcceptanceDraft, type AcceptanceStatus, type Level, type Vendor } from "../../ipc";

interface Props {
  vendor: Vendor;
  acceptances: AcceptanceStatus[];
  residual: Level;
}

export function AcceptancesPanel({ vendor, acceptances, residual }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const canAccept = useCan("acceptances");
  const [adding, setAdding] = useState(false);
  const revoke = useMutation({
    mutationFn: revokeAcceptance,
    onSuccess: () => invalidateAfter(client, "acceptance_revoke"),
  });
  return (
    <section className="panel" aria-labelledby="acceptances-title">
      <div className="section-header">
        <h3 id="acceptances-title" className="subhead">
          {t("acceptances.title")}
        </h3>
        {canAccept && (
          <button type="button" className="button" onClick={() => setAdding(true)} data-testid="acceptance-add">
            {t("acceptances.add", { level: t(`level.${residual}`) })}
          </button>
        )}
      </div>
      {revoke.error && <ErrorBanner error={revoke.error} />}
      {acceptances.length === 0 ? (
        <p className="empty">{t("acceptances.none")}</p>
      ) : (
        <table className="table compact" data-testid="acceptances-table">
          <thead>
            <tr>
              <th>{t("acceptances.columns.accepted")}</th>
              <th>{t("acceptances.columns.approver")}</th>
              <th>{t("acceptances.columns.justification")}</th>
              <th>{t("acceptances.columns.expires")}</th>
              <th>{t("acceptances.columns.state")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {acceptances.map(({ acceptance: a, stale, reason }) => (
              <tr key={a.id}>
                <td>
                  <span className={`badge badge-level-${a.acceptedLevel}`}>{t(`level.${a.acceptedLevel}`)}</span>
                  <div className="muted small">{formatInstant(a.createdAt)}</div>
                </td>
                <td>{a.approver}</td>
                <td>{a.justification}</td>
                <td>{formatDate(a.expiresOn)}</td>
                <td>
                  {a.revokedAt ? (
                    <span className="badge badge-archived">{t("acceptances.revoked")}</span>
                  ) : stale ? (
                    <span className="badge badge-fresh-stale" title={reason ?? ""}>
                      {t("acceptances.stale")}
                    </span>
                  ) : (
                    <span className="badge badge-fresh-current">{t("acceptances.holds")}</span>
                  )}
                  {reason && !a.revokedAt && <div className="muted small">{reason}</div>}
                </td>
                <td>
                  {canAccept && !a.revokedAt && (
                    <button type="button" className="link-button" onClick={() => revoke.mutate(a.id)}>
                      {t("acceptances.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && <AcceptDialog vendor={vendor} residual={residual} onDone={() => setAdding(false)} />}
    </section>
  );
}

function AcceptDialog({ vendor, residual, onDone }: { vendor: Vendor; residual: Level; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<AcceptanceDraft>({ approver: "", justification: "", expiresOn: "" });
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const save = useMutation({
    mutationFn: () => acceptRisk(vendor.id, draft),
    onSuccess: () => {
      invalidateAfter(client, "acceptance_add");
      onDone();
    },
    onError: fieldErrors.take,
  });
  const set = (key: keyof AcceptanceDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    save.mutate();
  };
  return (
    <Dialog
      title={t("acceptances.addTitle", { vendor: vendor.name })}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="acceptance-form" className="button button-primary" disabled={save.isPending} data-testid="acceptance-save">
            {t("acceptances.submit")}
          </button>
        </>
      }
    >
      <form id="acceptance-form" className="form" onSubmit={submit} noValidate>
        {save.error && !fieldErrors.isFieldError(save.error) ? <ErrorBanner error={save.error} /> : null}
        <p className="muted">{t("acceptances.explain", { level: t(`level.${residual}`) })}</p>
        <div className="grid-2">
          <Field label={t("acceptances.columns.approver")} error={errors.approver}>
            <input className="input" name="approver" value={draft.approver} onChange={(e) => set("approver", e.target.value)} />
          </Field>
          <Field label={t("acceptances.columns.expires")} error={errors.expiresOn}>
            <input className="input" type="date" name="expiresOn" value={draft.expiresOn} onChange={(e) => set("expiresOn", e.target.value)} />
          </Field>
        </div>
        <Field label={t("acceptances.columns.justification")} error={errors.justification}>
          <textarea className="input" rows={4} name="justification" value={draft.justification} onChange={(e) => set("justification", e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
