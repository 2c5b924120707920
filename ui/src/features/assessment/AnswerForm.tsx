// The focused questionnaire form: one section after another, only the questions that apply
// (the core decides), an input per answer kind, a comment per question, evidence files. Each
// answer is handed to `onAnswer` as soon as it is given (choices at once, typed text when the
// field is left), so nothing is lost. Used by the assessment page and the builder's preview.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../format";
import type { AnswerValue, EvidenceRef, Question, Template } from "../../ipc";
import { useDomainLabel } from "../questionnaires/useDomainLabel";

/** What the respondent gave: a typed value (choices, dates), or text for the core to read
 * (numbers), or nothing (cleared). */
export type GivenAnswer = { value: AnswerValue | null } | { text: string };

export interface FormAnswer {
  value: AnswerValue | null;
  comment: string | null;
  evidence: EvidenceRef[];
  /** When the stored answer was last changed (none for a preview). */
  updatedAt: string | null;
}

export interface EvidenceActions {
  attach: (questionId: string) => void;
  detach: (questionId: string, sha256: string) => void;
  save: (file: EvidenceRef) => void;
}

interface Props {
  template: Template;
  visible: string[];
  answers: Map<string, FormAnswer>;
  readOnly: boolean;
  /** `shown`: when the answer the person answered over was last changed (null: unanswered),
   * so one given over someone else's newer answer is refused. */
  onAnswer: (questionId: string, given: GivenAnswer, comment: string, shown: string | null) => void;
  evidence?: EvidenceActions;
  /** Per-question state: "saving", "saved", or an error message. */
  status?: Record<string, string>;
  missing?: string[];
}

export function AnswerForm({ template, visible, answers, readOnly, onAnswer, evidence, status, missing }: Props) {
  const shown = new Set(visible);
  const missingSet = new Set(missing ?? []);
  return (
    <div className="answer-form">
      {template.sections.map((section) => {
        const questions = section.questions.filter((q) => shown.has(q.id));
        if (questions.length === 0) return null;
        return (
          <section key={section.id} className="answer-section" aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>{section.title}</h2>
            {questions.map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                answer={answers.get(q.id)}
                readOnly={readOnly}
                onAnswer={onAnswer}
                evidence={evidence}
                status={status?.[q.id]}
                missing={missingSet.has(q.id)}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

interface FieldProps {
  question: Question;
  answer: FormAnswer | undefined;
  readOnly: boolean;
  onAnswer: Props["onAnswer"];
  evidence?: EvidenceActions;
  status?: string;
  missing: boolean;
}

function QuestionField({ question: q, answer, readOnly, onAnswer, evidence, status, missing }: FieldProps) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const comment = answer?.comment ?? "";
  const [showComment, setShowComment] = useState(comment !== "");
  const value = answer?.value ?? null;
  const stamp = answer?.updatedAt ?? null;
  const answerWith = (given: GivenAnswer, shown: string | null) => onAnswer(q.id, given, comment, shown);
  const error = status && status !== "saving" && status !== "saved" ? status : null;
  return (
    <div className={`question ${missing ? "question-missing" : ""} ${error ? "question-invalid" : ""}`} data-testid={`question-${q.id}`}>
      <div className="question-head">
        <span className="question-id mono">{q.id}</span>
        <span className="question-text">
          {q.text}
          {q.required && <span className="required" aria-label={t("questionnaire.required")}> *</span>}
        </span>
        <span className="question-status small muted" aria-live="polite">
          {status === "saving" ? t("questionnaire.saving") : status === "saved" ? t("questionnaire.saved") : ""}
        </span>
      </div>
      {q.help && <p className="question-help muted small">{q.help}</p>}
      <div className="question-input">
        <AnswerInput question={q} value={value} stamp={stamp} readOnly={readOnly} onChange={answerWith} evidence={evidence} files={answer?.evidence ?? []} />
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
          {storedText(value) && <span className="stored-now"> {t("questionnaire.storedNow", { answer: storedText(value) })}</span>}
        </div>
      )}
      <div className="question-foot">
        <span className="muted small">
          {domainLabel(q.domain)}
          {q.iso27001.length > 0 && ` · ISO/IEC 27001 A.${q.iso27001.join(", A.")}`}
          {q.weight > 0 ? ` · ${t("questionnaire.weight", { weight: q.weight })}` : ` · ${t("questionnaire.informationOnly")}`}
        </span>
        {!showComment && !readOnly && (
          <button type="button" className="link-button small" onClick={() => setShowComment(true)}>
            {t("questionnaire.addComment")}
          </button>
        )}
      </div>
      {(showComment || (readOnly && comment)) && <CommentBox initial={comment} stamp={stamp} readOnly={readOnly} onSave={(text, shown) => onAnswer(q.id, { value }, text, shown)} />}
    </div>
  );
}

/** A typed answer as stored (text, number, date), for showing beside a refusal. */
function storedText(value: AnswerValue | null): string {
  if (value?.kind === "text" || value?.kind === "date") return value.value;
  return value?.kind === "number" ? formatNumber(value.value) : "";
}

/** Whether typed text says what is stored: the same text, or the same number ("10.50", "10.5"). */
function sameAnswer(text: string, stored: string): boolean {
  if (text === stored) return true;
  const [a, b] = [Number(text.trim()), Number(stored.trim())];
  return text.trim() !== "" && stored.trim() !== "" && Number.isFinite(a) && a === b;
}

/** A text box's text, saved when it loses focus, and the stamp (`updatedAt`) of the stored
 * text it was typed over. A newer stored text (someone else's answer) replaces it only if
 * nothing was typed since: what is typed is never lost, and it is saved as typed over the older
 * answer, so the core refuses it and says whose answer came in between. */
function useDraftText(initial: string, stamp: string | null) {
  const [text, setText] = useState(initial);
  /** The stored text and stamp last seen, and the stamp of the one the text was typed over. */
  const [seen, setSeen] = useState({ initial, stamp, typedOver: stamp });
  if (initial !== seen.initial || stamp !== seen.stamp) {
    const untouched = text === seen.initial || sameAnswer(text, initial);
    setSeen({ initial, stamp, typedOver: untouched ? stamp : seen.typedOver });
    if (untouched) setText(initial);
  }
  /** Entering the field again (after being told of their answer) types over the answer stored now. */
  const adopt = () => setSeen((s) => ({ ...s, typedOver: s.stamp }));
  return [text, setText, seen.typedOver, adopt] as const;
}

function CommentBox({ initial, stamp, readOnly, onSave }: { initial: string; stamp: string | null; readOnly: boolean; onSave: (text: string, shown: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText, typedOver, adopt] = useDraftText(initial, stamp);
  return (
    <textarea
      className="input comment"
      rows={2}
      aria-label={t("questionnaire.comment")}
      placeholder={t("questionnaire.commentPlaceholder")}
      value={text}
      readOnly={readOnly}
      onChange={(e) => setText(e.target.value)}
      onFocus={adopt}
      onBlur={() => text !== initial && onSave(text, typedOver)}
    />
  );
}

interface InputProps {
  question: Question;
  value: AnswerValue | null;
  /** When the stored answer was last changed. */
  stamp: string | null;
  readOnly: boolean;
  /** The answer given, and the stamp of the stored answer it was given over. */
  onChange: (given: GivenAnswer, shown: string | null) => void;
  evidence?: EvidenceActions;
  files: EvidenceRef[];
}

function AnswerInput({ question: q, value, stamp, readOnly, onChange: give, evidence, files }: InputProps) {
  const { t } = useTranslation();
  const stored = value && (value.kind === "text" || value.kind === "date") ? value.value : value?.kind === "number" ? String(value.value) : "";
  const [text, setText, typedOver, adopt] = useDraftText(stored, stamp);
  /** A choice or a date picked is given over the answer shown now; typed text over the one it
   * was typed over. */
  const onChange = (given: GivenAnswer) => give(given, "text" in given || q.kind === "text" ? typedOver : stamp);
  switch (q.kind) {
    case "yes_no_na":
    case "single_choice": {
      const picked = value?.kind === "choice" ? value.value : null;
      return (
        <div className={q.kind === "yes_no_na" ? "choice-row" : "choice-list"} role="radiogroup" aria-label={q.text}>
          {q.options.map((o) => (
            <label key={o.value} className={`choice-pill ${picked === o.value ? "picked" : ""}`}>
              <input type="radio" name={q.id} value={o.value} checked={picked === o.value} disabled={readOnly} onChange={() => onChange({ value: { kind: "choice", value: o.value } })} />
              {o.label}
            </label>
          ))}
          {picked && !readOnly && (
            <button type="button" className="link-button small" onClick={() => onChange({ value: null })}>
              {t("questionnaire.clear")}
            </button>
          )}
        </div>
      );
    }
    case "multi_choice": {
      const picked = value?.kind === "choices" ? value.value : [];
      const toggle = (v: string) => {
        const next = picked.includes(v) ? picked.filter((p) => p !== v) : [...picked, v];
        onChange({ value: next.length ? { kind: "choices", value: next } : null });
      };
      return (
        <div className="choice-list" role="group" aria-label={q.text}>
          {q.options.map((o) => (
            <label key={o.value} className={`choice-pill ${picked.includes(o.value) ? "picked" : ""}`}>
              <input type="checkbox" name={q.id} value={o.value} checked={picked.includes(o.value)} disabled={readOnly} onChange={() => toggle(o.value)} />
              {o.label}
            </label>
          ))}
        </div>
      );
    }
    case "text":
      return (
        <textarea
          className="input"
          rows={3}
          name={q.id}
          aria-label={q.text}
          value={text}
          readOnly={readOnly}
          onChange={(e) => setText(e.target.value)}
          onFocus={adopt}
          onBlur={() => onChange({ value: text.trim() ? { kind: "text", value: text } : null })}
        />
      );
    case "number":
      return (
        <input
          className="input input-short"
          inputMode="decimal"
          name={q.id}
          aria-label={q.text}
          value={text}
          readOnly={readOnly}
          onChange={(e) => setText(e.target.value)}
          onFocus={adopt}
          onBlur={() => onChange({ text })}
        />
      );
    case "date":
      return (
        <input
          className="input input-short"
          type="date"
          name={q.id}
          aria-label={q.text}
          value={text}
          readOnly={readOnly}
          onChange={(e) => {
            setText(e.target.value);
            onChange({ value: e.target.value ? { kind: "date", value: e.target.value } : null });
          }}
        />
      );
    case "evidence":
      return <EvidenceList question={q} files={files} readOnly={readOnly} actions={evidence} />;
  }
}

function EvidenceList({ question, files, readOnly, actions }: { question: Question; files: EvidenceRef[]; readOnly: boolean; actions?: EvidenceActions }) {
  const { t } = useTranslation();
  return (
    <div className="evidence">
      {files.length === 0 && <p className="muted small">{t("questionnaire.noEvidence")}</p>}
      <ul className="evidence-list">
        {files.map((f) => (
          <li key={f.sha256} data-testid="evidence-file">
            <span className="evidence-name">{f.fileName}</span>
            <span className="muted small">
              {formatNumber(Math.ceil(f.size / 1024))} KB · SHA-256 <span className="mono" title={f.sha256}>{f.sha256.slice(0, 16)}…</span>
            </span>
            {actions && (
              <span className="row-actions">
                <button type="button" className="link-button small" onClick={() => actions.save(f)}>
                  {t("questionnaire.saveCopy")}
                </button>
                {!readOnly && (
                  <button type="button" className="link-button small" onClick={() => actions.detach(question.id, f.sha256)}>
                    {t("common.remove")}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {actions && !readOnly && (
        <button type="button" className="button" data-testid={`attach-${question.id}`} onClick={() => actions.attach(question.id)}>
          {t("questionnaire.attach")}
        </button>
      )}
    </div>
  );
}
