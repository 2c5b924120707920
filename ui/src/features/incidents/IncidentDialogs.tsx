// Small dialogs of the incident screen: mark a step done, record a judgement, add a note.
// Times are local date-times in the organisation's zone; empty means now.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useFieldErrors } from "../../components/useFieldErrors";
import { addIncidentNote, assessIncident, invalidateAfter, markStepDone, type IncidentId, type IncidentView, type Obligation } from "../../ipc";

/** A dialog whose form submits one incident change, then closes. */
function ChangeDialog({ title, submitLabel, run, onDone, ready = true, children }: {
  title: string;
  submitLabel: string;
  run: () => Promise<IncidentView>;
  onDone: () => void;
  /** Whether the form is complete enough to submit. */
  ready?: boolean;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const fieldErrors = useFieldErrors();
  const change = useMutation({
    mutationFn: run,
    onSuccess: () => {
      invalidateAfter(client, "incident_note");
      onDone();
    },
    onError: fieldErrors.take,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    change.mutate();
  };
  return (
    <Dialog
      title={title}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="change-form" className="button button-primary" disabled={change.isPending || !ready} data-testid="change-save">
            {submitLabel}
          </button>
        </>
      }
    >
      <form id="change-form" className="form" onSubmit={submit} noValidate>
        {change.error && !fieldErrors.isFieldError(change.error) ? <ErrorBanner error={change.error} /> : null}
        {children(fieldErrors.errors)}
      </form>
    </Dialog>
  );
}

export function StepDoneDialog({ incidentId, obligation, zone, onDone }: { incidentId: IncidentId; obligation: Obligation; zone: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [doneAt, setDoneAt] = useState("");
  const [note, setNote] = useState("");
  return (
    <ChangeDialog title={t("incidents.doneTitle", { step: `${obligation.regime}: ${obligation.step}` })} submitLabel={t("obligations.markDone")} run={() => markStepDone(incidentId, obligation.ruleId, doneAt, note)} onDone={onDone}>
      {(errors) => (
        <>
          <Field label={t("incidents.fields.doneAt", { zone })} error={errors.doneAt} hint={t("incidents.hints.emptyIsNow")}>
            <input className="input" type="datetime-local" name="doneAt" value={doneAt} onChange={(e) => setDoneAt(e.target.value)} />
          </Field>
          <Field label={t("incidents.fields.note")} error={errors.note} hint={t("incidents.hints.doneNote")}>
            <textarea className="input" rows={3} name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        </>
      )}
    </ChangeDialog>
  );
}

export function AssessDialog({ incidentId, judgementKey, question, onDone }: { incidentId: IncidentId; judgementKey: string; question: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<boolean | null>(null);
  const [note, setNote] = useState("");
  return (
    <ChangeDialog title={t("incidents.assessTitle")} submitLabel={t("incidents.recordAnswer")} run={() => assessIncident(incidentId, judgementKey, answer === true, note)} onDone={onDone} ready={answer !== null}>
      {(errors) => (
        <>
          <p className="assess-question">{question}</p>
          <div className="radio-row" role="radiogroup" aria-label={t("incidents.answer")}>
            <label className="checkbox">
              <input type="radio" name="answer" checked={answer === true} onChange={() => setAnswer(true)} /> {t("common.yes")}
            </label>
            <label className="checkbox">
              <input type="radio" name="answer" checked={answer === false} onChange={() => setAnswer(false)} /> {t("common.no")}
            </label>
          </div>
          <Field label={t("incidents.fields.reasoning")} error={errors.note ?? errors.key} hint={t("incidents.hints.reasoning")}>
            <textarea className="input" rows={3} name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        </>
      )}
    </ChangeDialog>
  );
}

export function NoteDialog({ incidentId, zone, onDone }: { incidentId: IncidentId; zone: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState("");
  const [text, setText] = useState("");
  return (
    <ChangeDialog title={t("incidents.noteTitle")} submitLabel={t("incidents.addNote")} run={() => addIncidentNote(incidentId, at, text)} onDone={onDone}>
      {(errors) => (
        <>
          <Field label={t("incidents.fields.noteAt", { zone })} error={errors.at} hint={t("incidents.hints.emptyIsNow")}>
            <input className="input" type="datetime-local" name="at" value={at} onChange={(e) => setAt(e.target.value)} />
          </Field>
          <Field label={t("incidents.fields.note")} error={errors.text}>
            <textarea className="input" rows={4} name="text" value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
        </>
      )}
    </ChangeDialog>
  );
}
