// A vendor's questionnaire cycles and findings: assign a questionnaire (optionally starting
// from the last cycle's answers), or import a CAIQ or HECVAT the vendor already filled in.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useCan } from "../../components/useCan";
import { useFieldErrors } from "../../components/useFieldErrors";
import { formatDate, formatInstant } from "../../format";
import {
  assignQuestionnaire,
  importCaiq,
  importHecvat,
  listAssessments,
  listFindings,
  listTemplates,
  pickFile,
  invalidateAfter,
  queryKeys,
  type AssessmentSummary,
  type AssignDraft,
  type CaiqPreview,
  type StagedFile,
  type Vendor,
} from "../../ipc";
import { useNavigate } from "../../navigation";
import { FindingAddDialog } from "../findings/FindingAddDialog";
import { FindingsTable } from "../findings/FindingsTable";
import { useDomainLabel } from "../questionnaires/useDomainLabel";

export function AssessmentsTab({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const assessments = useQuery({ queryKey: queryKeys.assessments(vendor.id), queryFn: () => listAssessments(vendor.id) });
  const findings = useQuery({ queryKey: queryKeys.findings(vendor.id, null), queryFn: () => listFindings(vendor.id, null) });
  const [dialog, setDialog] = useState<"assign" | "caiq" | "hecvat" | "finding" | null>(null);
  const canAssign = useCan("questionnaires");
  const canRecordFinding = useCan("findings");
  return (
    <div>
      <div className="section-header">
        <h2>{t("assessments.title")}</h2>
        {canAssign && (
          <div className="header-actions">
            <button type="button" className="button" onClick={() => setDialog("caiq")} data-testid="caiq-import">
              {t("assessments.importCaiq")}
            </button>
            <button type="button" className="button" onClick={() => setDialog("hecvat")} data-testid="hecvat-import">
              {t("assessments.importHecvat")}
            </button>
            <button type="button" className="button button-primary" onClick={() => setDialog("assign")} data-testid="assign-questionnaire">
              {t("assessments.assign")}
            </button>
          </div>
        )}
      </div>
      {assessments.error && <ErrorBanner error={assessments.error} />}
      {assessments.data && assessments.data.length === 0 && <p className="empty">{t("assessments.none")}</p>}
      {assessments.data && assessments.data.length > 0 && (
        <table className="table table-clickable" data-testid="assessments-table">
          <thead>
            <tr>
              <th>{t("assessments.columns.questionnaire")}</th>
              <th>{t("assessments.columns.status")}</th>
              <th>{t("assessments.columns.due")}</th>
              <th>{t("assessments.columns.respondent")}</th>
              <th>{t("assessments.columns.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {assessments.data.map((a) => (
              <tr key={a.id} tabIndex={0} onClick={() => navigate({ screen: "assessment", assessmentId: a.id })} onKeyDown={(e) => e.key === "Enter" && navigate({ screen: "assessment", assessmentId: a.id })}>
                <td className="cell-primary">
                  {a.templateTitle} <span className="muted">v{a.templateVersion}</span>
                </td>
                <td>
                  <span className={`badge badge-assessment-${a.status}`}>{t(`assessmentStatus.${a.status}`)}</span>
                  {a.source !== "app" && <span className="badge badge-neutral">{a.source.toUpperCase()}</span>}
                </td>
                <td>{formatDate(a.dueDate)}</td>
                <td>{a.respondent ?? "—"}</td>
                <td>{formatInstant(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="section-header section-gap">
        <h2>{t("findings.title")}</h2>
        {canRecordFinding && (
          <button type="button" className="button" onClick={() => setDialog("finding")} data-testid="finding-add">
            {t("findings.add")}
          </button>
        )}
      </div>
      {findings.data && <FindingsTable findings={findings.data} />}
      {dialog === "assign" && <AssignDialog vendor={vendor} earlier={assessments.data ?? []} onDone={() => setDialog(null)} />}
      {(dialog === "caiq" || dialog === "hecvat") && <StandardImportDialog vendor={vendor} standard={dialog} onDone={() => setDialog(null)} />}
      {dialog === "finding" && <FindingAddDialog vendor={vendor} onDone={() => setDialog(null)} />}
    </div>
  );
}

function AssignDialog({ vendor, earlier, onDone }: { vendor: Vendor; earlier: AssessmentSummary[]; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const templates = useQuery({ queryKey: queryKeys.templates, queryFn: listTemplates });
  const latest = (templates.data ?? []).filter((x) => x.latest);
  const [draft, setDraft] = useState<AssignDraft>({ templateId: "", templateVersion: "", dueDate: "", respondent: "", fromPrevious: null });
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const assign = useMutation({
    mutationFn: () => assignQuestionnaire(vendor.id, draft),
    onSuccess: (view) => {
      invalidateAfter(client, "assessment_assign");
      navigate({ screen: "assessment", assessmentId: view.assessment.id });
    },
    onError: fieldErrors.take,
  });
  const previous = earlier.filter((a) => a.templateId === draft.templateId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    assign.mutate();
  };
  const contacts = vendor.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name));
  return (
    <Dialog
      title={t("assessments.assignTitle", { vendor: vendor.name })}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="assign-form" className="button button-primary" disabled={assign.isPending} data-testid="assign-save">
            {t("assessments.assignSubmit")}
          </button>
        </>
      }
    >
      <form id="assign-form" className="form" onSubmit={submit} noValidate>
        {assign.error && !fieldErrors.isFieldError(assign.error) ? <ErrorBanner error={assign.error} /> : null}
        <Field label={t("assessments.fields.template")} error={errors.templateId}>
          <select className="input" name="templateId" value={draft.templateId} onChange={(e) => setDraft({ ...draft, templateId: e.target.value, fromPrevious: null })}>
            <option value="">{t("assessments.pickTemplate")}</option>
            {latest.map((x) => (
              <option key={x.id} value={x.id}>
                {t("assessments.templateOption", { title: x.title, version: x.version, count: x.questions })}
              </option>
            ))}
          </select>
        </Field>
        <div className="grid-2">
          <Field label={t("assessments.fields.due")} error={errors.dueDate}>
            <input className="input" type="date" name="dueDate" value={draft.dueDate} onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })} />
          </Field>
          <Field label={t("assessments.fields.respondent")} error={errors.respondent} hint={t("assessments.respondentHint")}>
            <input className="input" name="respondent" list="respondents" value={draft.respondent} onChange={(e) => setDraft({ ...draft, respondent: e.target.value })} />
          </Field>
          <datalist id="respondents">
            {contacts.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        {previous.length > 0 && (
          <Field label={t("assessments.fields.fromPrevious")} error={errors.fromPrevious} hint={t("assessments.fromPreviousHint")}>
            <select className="input" name="fromPrevious" value={draft.fromPrevious ?? ""} onChange={(e) => setDraft({ ...draft, fromPrevious: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{t("assessments.startEmpty")}</option>
              {previous.map((a) => (
                <option key={a.id} value={a.id}>
                  {t("assessments.previousOption", { id: a.id, status: t(`assessmentStatus.${a.status}`), date: formatInstant(a.updatedAt) })}
                </option>
              ))}
            </select>
          </Field>
        )}
      </form>
    </Dialog>
  );
}

/** Imports a standard questionnaire the vendor filled in elsewhere: a CAIQ or a HECVAT. */
function StandardImportDialog({ vendor, standard, onDone }: { vendor: Vendor; standard: "caiq" | "hecvat"; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [file, setFile] = useState<StagedFile | null>(null);
  const [preview, setPreview] = useState<CaiqPreview | null>(null);
  const domainLabel = useDomainLabel();
  const load = standard === "caiq" ? importCaiq : importHecvat;
  const pick = useMutation({
    mutationFn: async () => {
      const staged = await pickFile(standard);
      if (!staged) return null;
      setFile(staged);
      return load(vendor.id, staged.token, false);
    },
    onSuccess: (result) => result && setPreview(result),
  });
  const commit = useMutation({
    mutationFn: () => load(vendor.id, file!.token, true),
    onSuccess: (result) => {
      invalidateAfter(client, standard === "caiq" ? "caiq_import" : "hecvat_import");
      if (result.assessmentId !== null) navigate({ screen: "assessment", assessmentId: result.assessmentId });
    },
  });
  return (
    <Dialog
      title={t(standard === "caiq" ? "assessments.caiqTitle" : "assessments.hecvatTitle", { vendor: vendor.name })}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="button" className="button" onClick={() => pick.mutate()} disabled={pick.isPending} data-testid="standard-pick">
            {file ? t("assessments.pickAnother") : t("assessments.pickCaiq")}
          </button>
          <button type="button" className="button button-primary" disabled={!preview || commit.isPending} onClick={() => commit.mutate()} data-testid={`${standard}-commit`}>
            {t("assessments.caiqCommit")}
          </button>
        </>
      }
    >
      <p className="muted">{t(standard === "caiq" ? "assessments.caiqHelp" : "assessments.hecvatHelp")}</p>
      {(pick.error || commit.error) && <ErrorBanner error={pick.error ?? commit.error} />}
      {file && <p className="small">{t("assessments.picked", { name: file.name })}</p>}
      {preview && (
        <div className="preview" data-testid={`${standard}-preview`}>
          <p>
            <strong>
              {t("assessments.caiqSummary", {
                standard: [preview.standard, preview.edition].filter(Boolean).join(" "),
                version: preview.version,
                sheet: preview.sheet,
                count: preview.questions,
              })}
            </strong>
          </p>
          <ul className="plain-list">
            <li>{t("assessments.caiqAnswers", { yes: preview.yes, no: preview.no, na: preview.notApplicable, other: preview.other, blank: preview.blank })}</li>
            {preview.skippedRows > 0 && <li>{t("assessments.caiqSkipped", { count: preview.skippedRows })}</li>}
            <li>{t("assessments.caiqFindings", { count: preview.findings.length, ids: preview.findings.join(", ") })}</li>
            <li>{t("assessments.caiqDomains", { map: preview.domains.map(([code, ours]) => `${code} → ${domainLabel(ours)}`).join(", ") })}</li>
          </ul>
        </div>
      )}
    </Dialog>
  );
}
