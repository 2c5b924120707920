// Findings raised by questionnaire answers: severity, the question and answer behind each, and
// where its remediation stands. A row opens the dialog that moves it along.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { SaveProblem } from "../../components/SaveProblem";
import { useEditSession } from "../../components/useEditSession";
import { useFieldErrors } from "../../components/useFieldErrors";
import { formatDate } from "../../format";
import {
  attachFindingEvidence,
  getFindingEdit,
  pickFile,
  invalidateAfter,
  queryKeys,
  referenceData,
  updateFinding,
  type Finding,
  type Edit,
  type FindingUpdate,
} from "../../ipc";

export function FindingsTable({ findings, showVendor }: { findings: Finding[]; showVendor?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ finding: Finding; edit: Edit<FindingUpdate> } | null>(null);
  const openFinding = (finding: Finding) => void getFindingEdit(finding.id).then((edit) => setOpen({ finding, edit }));
  if (findings.length === 0) return <p className="empty">{t("findings.none")}</p>;
  return (
    <>
      <table className="table table-clickable" data-testid="findings-table">
        <thead>
          <tr>
            <th>{t("findings.columns.severity")}</th>
            {showVendor && <th>{t("findings.columns.vendor")}</th>}
            <th>{t("findings.columns.finding")}</th>
            <th>{t("findings.columns.answer")}</th>
            <th>{t("findings.columns.status")}</th>
            <th>{t("findings.columns.owner")}</th>
            <th>{t("findings.columns.due")}</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => (
            <tr key={f.id} tabIndex={0} onClick={() => openFinding(f)} onKeyDown={(e) => e.key === "Enter" && openFinding(f)}>
              <td>
                <span className={`badge badge-sev-${f.severity}`}>{t(`severity.${f.severity}`)}</span>
              </td>
              {showVendor && <td>{f.vendor.name}</td>}
              <td className="cell-primary">{f.title}</td>
              <td>
                {f.questionId ? (
                  <>
                    <div className="cell-secondary mono">{f.questionId}</div>
                    <div>{f.answer}</div>
                  </>
                ) : (
                  <span className="muted">{t("findings.manual")}</span>
                )}
                {(f.evidence?.length ?? 0) > 0 && <div className="muted small">{t("findings.evidenceCount", { count: f.evidence?.length })}</div>}
              </td>
              <td>
                <span className={`badge badge-finding-${f.status}`}>{t(`findingStatus.${f.status}`)}</span>
              </td>
              <td>{f.owner ?? "—"}</td>
              <td>{formatDate(f.dueDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && <FindingDialog finding={open.finding} edit={open.edit} onDone={() => setOpen(null)} />}
    </>
  );
}

function FindingDialog({ finding, edit, onDone }: { finding: Finding; edit: Edit<FindingUpdate>; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const session = useEditSession(edit, { owner: "", dueDate: "", status: "", reason: "" });
  const { draft, setDraft } = session;
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const save = useMutation({
    mutationFn: () => updateFinding(finding.id, session.edit()),
    onSuccess: () => {
      invalidateAfter(client, "finding_update");
      onDone();
    },
    onError: (error) => {
      void session.reloadIfChanged(error, () => getFindingEdit(finding.id));
      fieldErrors.take(error);
    },
  });
  const set = (key: keyof FindingUpdate, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    session.clearReloaded();
    save.mutate();
  };
  return (
    <Dialog
      title={finding.title}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="finding-form" className="button button-primary" disabled={save.isPending} data-testid="finding-save">
            {t("common.save")}
          </button>
        </>
      }
    >
      <form id="finding-form" className="form" onSubmit={submit} noValidate>
        <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
        {finding.questionId ? (
          <p className="muted small">
            {finding.questionId}: {finding.questionText}
            <br />
            {t("findings.answered", { answer: finding.answer })}
          </p>
        ) : (
          <p className="muted small">{t("findings.manualExplain")}</p>
        )}
        <FindingEvidence finding={finding} />
        <Field label={t("findings.columns.status")} error={errors.status}>
          <select className="input" name="status" value={draft.status} onChange={(e) => set("status", e.target.value)}>
            {(reference.data?.findingStatuses ?? []).map((s) => (
              <option key={s} value={s}>
                {t(`findingStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="grid-2">
          <Field label={t("findings.columns.owner")} error={errors.owner}>
            <input className="input" name="owner" value={draft.owner} onChange={(e) => set("owner", e.target.value)} />
          </Field>
          <Field label={t("findings.columns.due")} error={errors.dueDate}>
            <input className="input" type="date" name="dueDate" value={draft.dueDate} onChange={(e) => set("dueDate", e.target.value)} />
          </Field>
        </div>
        <Field label={t("findings.reason")} error={errors.reason} hint={t("findings.reasonHint")}>
          <textarea className="input" rows={3} name="reason" value={draft.reason} onChange={(e) => set("reason", e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}

/** The files linked to a finding, and a button to link another (chosen in the system dialog). */
function FindingEvidence({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [files, setFiles] = useState(finding.evidence ?? []);
  const attach = useMutation({
    mutationFn: async () => {
      const staged = await pickFile("evidence");
      return staged ? attachFindingEvidence(finding.id, staged.token) : null;
    },
    onSuccess: (next) => {
      if (!next) return;
      setFiles(next.evidence ?? []);
      invalidateAfter(client, "finding_attach");
    },
  });
  return (
    <div className="field">
      <span className="label">{t("findings.evidence")}</span>
      {files.length === 0 ? (
        <p className="muted small">{t("findings.noEvidence")}</p>
      ) : (
        <ul className="plain-list">
          {files.map((f) => (
            <li key={f.sha256} className="small">
              {f.fileName} <span className="muted mono">{f.sha256.slice(0, 12)}…</span>
            </li>
          ))}
        </ul>
      )}
      {attach.error && <ErrorBanner error={attach.error} />}
      <div>
        <button type="button" className="button" onClick={() => attach.mutate()} disabled={attach.isPending} data-testid="finding-attach">
          {t("findings.attach")}
        </button>
      </div>
    </div>
  );
}
