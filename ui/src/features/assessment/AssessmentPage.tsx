// One assessment cycle: progress, the answers (the focused form, autosaved), the score with
// its arithmetic, the findings, the next steps of the review cycle, and the workbook round
// trip for vendors who answer by spreadsheet.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { formatDate } from "../../format";
import {
  attachEvidence,
  detachEvidence,
  exportWorkbook,
  getAssessment,
  isIpcError,
  pickFile,
  invalidateAfter,
  queryKeys,
  saveAnswer,
  saveAnswerText,
  saveEvidenceCopy,
  setAssessmentStatus,
  type AssessmentId,
  type AssessmentStatus,
  type AssessmentView,
  type AnswerShown,
  type Language,
} from "../../ipc";
import { LanguagePicker } from "../../components/LanguagePicker";
import { useNavigate } from "../../navigation";
import { FindingsTable } from "../findings/FindingsTable";
import { AnswerForm, type FormAnswer, type GivenAnswer } from "./AnswerForm";
import { DiffDialog, ReasonDialog, WorkbookImportDialog } from "./AssessmentDialogs";
import { ScorePanel } from "./ScorePanel";

type Tab = "answers" | "score" | "findings";
type Open = { kind: "reason"; status: AssessmentStatus } | { kind: "import" } | { kind: "diff"; before: AssessmentId } | null;


export function AssessmentPage({ assessmentId }: { assessmentId: AssessmentId }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const key = queryKeys.assessment(assessmentId);
  const view = useQuery({ queryKey: key, queryFn: () => getAssessment(assessmentId) });
  const [tab, setTab] = useState<Tab>("answers");
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const applied = (next: AssessmentView) => {
    client.setQueryData(key, next);
    // The page shows the view the change returned; everything else it touched is refetched.
    invalidateAfter(client, "answer_save", (k) => k[1] === "assessment" && k[2] === assessmentId);
  };
  const answer = useMutation({
    mutationFn: ({ questionId, given, comment, shown }: { questionId: string; given: GivenAnswer; comment: string; shown: AnswerShown }) =>
      "text" in given
        ? saveAnswerText(assessmentId, questionId, given.text, comment, shown)
        : saveAnswer(assessmentId, questionId, given.value, comment, shown),
    onMutate: ({ questionId }) => setStatus((s) => ({ ...s, [questionId]: "saving" })),
    onSuccess: (next, { questionId }) => {
      applied(next);
      setStatus((s) => ({ ...s, [questionId]: "saved" }));
    },
    onError: (error, { questionId }) => {
      const message = isIpcError(error) ? (error.fields[0]?.message ?? error.message) : String(error);
      // Someone else answered meanwhile: show theirs (a text being typed stays in its field).
      const changed = isIpcError(error) && error.code === "changed_since";
      if (changed) void view.refetch();
      setStatus((s) => ({ ...s, [questionId]: changed ? `${message} ${t("questionnaire.answeredMeanwhile")}` : message }));
    },
  });
  const evidence = useMutation({
    mutationFn: async ({ questionId, sha256 }: { questionId: string; sha256?: string }) => {
      if (sha256) return detachEvidence(assessmentId, questionId, sha256);
      const file = await pickFile("evidence");
      return file ? attachEvidence(assessmentId, questionId, file.token) : null;
    },
    onSuccess: (next) => next && applied(next),
  });
  const move = useMutation({
    mutationFn: (next: AssessmentStatus) => setAssessmentStatus(assessmentId, next, ""),
    onSuccess: applied,
    onError: (error) => {
      // Submitting too early names each unanswered question: show it on the question.
      if (isIpcError(error) && error.code === "validation") {
        setStatus((s) => ({ ...s, ...Object.fromEntries(error.fields.map((f) => [f.field.replace(/^answers\./, ""), f.message])) }));
        setTab("answers");
      }
    },
  });
  const [workbookLanguage, setWorkbookLanguage] = useState<Language | null>(null);
  const files = useMutation({
    mutationFn: (id: AssessmentId) => exportWorkbook(id, workbookLanguage),
    onSuccess: (name) => name && setNotice(t("assessment.exported", { name })),
  });
  if (view.error) return <ErrorBanner error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <div className="splash">{t("common.loading")}</div>;
  const { assessment: a, template, progress, score, findings } = view.data;
  const answers = new Map<string, FormAnswer>(
    view.data.answers.map((r) => [r.questionId, { value: r.value, comment: r.comment, evidence: r.evidence, updatedAt: r.updatedAt }]),
  );
  const readOnly = !view.data.acceptsAnswers;
  const percent = progress.visible ? Math.round((100 * progress.answered) / progress.visible) : 0;
  const step = (next: AssessmentStatus) => (view.data?.reasonAsked.includes(next) ? setOpen({ kind: "reason", status: next }) : move.mutate(next));
  const moveProblem = move.error && !(isIpcError(move.error) && move.error.code === "validation") ? move.error : null;
  const problem = moveProblem ?? evidence.error ?? files.error;
  return (
    <section className="screen screen-scroll" aria-labelledby="assessment-title">
      <button type="button" className="link-button back" onClick={() => navigate({ screen: "vendor", vendorId: a.vendor.id, tab: "assessments" })}>
        ← {a.vendor.name}
      </button>
      <header className="screen-header">
        <div>
          <h1 id="assessment-title">
            {a.templateTitle} <span className="muted">v{a.templateVersion}</span>
          </h1>
          <p className="muted">
            <span className={`badge badge-assessment-${a.status}`} data-testid="assessment-status">
              {t(`assessmentStatus.${a.status}`)}
            </span>
            {[a.vendor.name, a.dueDate && t("assessment.due", { date: formatDate(a.dueDate) }), a.respondent && t("assessment.respondent", { name: a.respondent })].filter(Boolean).join(" · ")}
          </p>
          {a.decisionReason && <p className="decision">{t("assessment.decision", { reason: a.decisionReason })}</p>}
        </div>
        <div className="header-actions">
          {view.data.nextStatuses.map((next) => (
            <button key={next} type="button" className={`button ${next === "submitted" || next === "accepted" ? "button-primary" : ""}`} data-testid={`to-${next}`} onClick={() => step(next)}>
              {t(`assessment.actions.${next}`)}
            </button>
          ))}
        </div>
      </header>
      <div className="toolbar">
        <div className="progress" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("assessment.progress")}>
          <div className="progress-bar" style={{ width: `${percent}%` }} />
        </div>
        <span className="small" data-testid="progress">
          {t("assessment.progressText", { answered: progress.answered, visible: progress.visible })}
        </span>
        <span className="small">{t("assessment.scoreText", { score: score.overall === null ? "—" : score.overall.toFixed(1) })}</span>
        <span className="grow" />
        <LanguagePicker label={t("assessment.workbookLanguage")} value={workbookLanguage} onChange={setWorkbookLanguage} testId="workbook-language" />
        <button type="button" className="button" data-testid="export-workbook" onClick={() => files.mutate(assessmentId)}>
          {t("assessment.exportWorkbook")}
        </button>
        {!readOnly && (
          <button type="button" className="button" onClick={() => setOpen({ kind: "import" })}>
            {t("assessment.importWorkbook")}
          </button>
        )}
        {a.previousId !== null && (
          <button type="button" className="button" onClick={() => setOpen({ kind: "diff", before: a.previousId! })}>
            {t("assessment.compare")}
          </button>
        )}
      </div>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {problem && <ErrorBanner error={problem} />}
      {progress.requiredMissing.length > 0 && !readOnly && <p className="muted small">{t("assessment.missing", { count: progress.requiredMissing.length })}</p>}
      <div className="tabs" role="tablist">
        {(["answers", "score", "findings"] as Tab[]).map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={`tab ${tab === id ? "active" : ""}`} data-testid={`assessment-tab-${id}`} onClick={() => setTab(id)}>
            {t(`assessment.tabs.${id}`, { count: findings.length })}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === "answers" && (
          <AnswerForm
            template={template}
            visible={view.data.visible}
            answers={answers}
            readOnly={readOnly}
            status={status}
            missing={readOnly ? [] : progress.requiredMissing}
            onAnswer={(questionId, given, comment, shown) => answer.mutate({ questionId, given, comment, shown: { updatedAt: shown } })}
            evidence={{
              attach: (questionId) => evidence.mutate({ questionId }),
              detach: (questionId, sha256) => evidence.mutate({ questionId, sha256 }),
              save: (file) => void saveEvidenceCopy(file.sha256, file.fileName),
            }}
          />
        )}
        {tab === "score" && <ScorePanel score={score} template={template} />}
        {tab === "findings" && <FindingsTable findings={findings} />}
      </div>
      {open?.kind === "reason" && <ReasonDialog assessmentId={assessmentId} status={open.status} onDone={() => setOpen(null)} />}
      {open?.kind === "import" && <WorkbookImportDialog assessmentId={assessmentId} onDone={() => setOpen(null)} />}
      {open?.kind === "diff" && <DiffDialog before={open.before} after={assessmentId} onDone={() => setOpen(null)} />}
    </section>
  );
}
