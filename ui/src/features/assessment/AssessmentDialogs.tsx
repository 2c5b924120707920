// Dialogs of the assessment page: a decision with its reason, importing the vendor's filled
// workbook (preview, then all or nothing), and the changes since the previous cycle.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useFieldErrors } from "../../components/useFieldErrors";
import {
  diffAssessments,
  importWorkbook,
  pickFile,
  invalidateAfter,
  isIpcError,
  queryKeys,
  setAssessmentStatus,
  type AnswerChange,
  type AssessmentId,
  type AssessmentStatus,
  type StagedFile,
  type WorkbookPreview,
} from "../../ipc";


export function ReasonDialog({ assessmentId, status, onDone }: { assessmentId: AssessmentId; status: AssessmentStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState("");
  const fieldErrors = useFieldErrors();
  const save = useMutation({
    mutationFn: () => setAssessmentStatus(assessmentId, status, reason),
    onSuccess: () => {
      invalidateAfter(client, "assessment_status");
      onDone();
    },
    onError: fieldErrors.take,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    save.mutate();
  };
  return (
    <Dialog
      title={t(`assessment.actions.${status}`)}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="reason-form" className="button button-primary" disabled={save.isPending} data-testid="reason-save">
            {t(`assessment.actions.${status}`)}
          </button>
        </>
      }
    >
      <form id="reason-form" className="form" onSubmit={submit} noValidate>
        {save.error && !fieldErrors.isFieldError(save.error) ? <ErrorBanner error={save.error} /> : null}
        <Field label={t(`assessment.reasonLabel.${status}`, { defaultValue: t("assessment.reason") })} error={fieldErrors.errors.reason}>
          <textarea className="input" rows={4} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}

function ChangeList({ changes }: { changes: AnswerChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="empty">{t("assessment.noChanges")}</p>;
  return (
    <table className="table compact" data-testid="change-list">
      <thead>
        <tr>
          <th>{t("assessment.columns.question")}</th>
          <th>{t("assessment.columns.before")}</th>
          <th>{t("assessment.columns.after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.questionId} className={c.regression ? "row-regression" : c.improvement ? "row-improvement" : ""}>
            <td>
              <span className="mono small">{c.questionId}</span> {c.questionText}
              {c.regression && <span className="badge badge-danger">{t("assessment.regression")}</span>}
              {c.improvement && <span className="badge badge-ok">{t("assessment.improvement")}</span>}
            </td>
            <td>{c.before ?? "—"}</td>
            <td>{c.after ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WorkbookImportDialog({ assessmentId, onDone }: { assessmentId: AssessmentId; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<StagedFile | null>(null);
  const [preview, setPreview] = useState<WorkbookPreview | null>(null);
  const pick = useMutation({
    mutationFn: async () => {
      setPreview(null);
      const staged = await pickFile("workbook");
      if (!staged) return null;
      setFile(staged);
      return importWorkbook(assessmentId, staged.token, false, null);
    },
    onSuccess: (result) => result && setPreview(result),
  });
  const commit = useMutation({
    mutationFn: () => importWorkbook(assessmentId, file!.token, true, preview!.basis),
    onSuccess: () => {
      invalidateAfter(client, "workbook_import");
      onDone();
    },
    // Changed since the preview: show what the import would do now (the error says so).
    onError: async (error) => {
      if (isIpcError(error) && error.code === "conflict") setPreview(await importWorkbook(assessmentId, file!.token, false, null));
    },
  });
  const problem = pick.error ?? commit.error;
  return (
    <Dialog
      title={t("assessment.importTitle")}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="button" className="button" onClick={() => pick.mutate()} disabled={pick.isPending}>
            {file ? t("assessments.pickAnother") : t("assessment.pickWorkbook")}
          </button>
          <button type="button" className="button button-primary" disabled={!preview || commit.isPending} onClick={() => commit.mutate()} data-testid="workbook-commit">
            {t("assessment.importCommit", { count: preview?.changes.length ?? 0 })}
          </button>
        </>
      }
    >
      <p className="muted">{t("assessment.importHelp")}</p>
      {file && <p className="small">{t("assessments.picked", { name: file.name })}</p>}
      {problem && <ErrorBanner error={problem} />}
      {preview && (
        <div data-testid="workbook-preview">
          <p>
            <strong>{t("assessment.importSummary", { rows: preview.rows, count: preview.changes.length })}</strong>
          </p>
          {preview.warnings.map((w) => (
            <div key={w} className="banner banner-info">
              {w}
            </div>
          ))}
          {preview.requiredMissing.length > 0 && <div className="banner banner-warn">{t("assessment.stillMissing", { ids: preview.requiredMissing.join(", ") })}</div>}
          <ChangeList changes={preview.changes} />
        </div>
      )}
    </Dialog>
  );
}

export function DiffDialog({ before, after, onDone }: { before: AssessmentId; after: AssessmentId; onDone: () => void }) {
  const { t } = useTranslation();
  const diff = useQuery({ queryKey: queryKeys.diff(before, after), queryFn: () => diffAssessments(before, after) });
  const pct = (n: number | null) => (n === null ? "—" : n.toFixed(1));
  return (
    <Dialog title={t("assessment.diffTitle", { before, after })} onClose={onDone} wide>
      {diff.error && <ErrorBanner error={diff.error} />}
      {diff.data && (
        <>
          <p>
            <strong>{t("assessment.diffSummary", { before: pct(diff.data.scoreBefore), after: pct(diff.data.scoreAfter), count: diff.data.changes.length, regressions: diff.data.regressions })}</strong>
          </p>
          <ChangeList changes={diff.data.changes} />
        </>
      )}
    </Dialog>
  );
}
