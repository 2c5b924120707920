// The template builder: sections and questions in an outline (add, reorder, remove), an editor
// for the selected question (kind, weight, options with points and findings, the condition
// that shows it), and a live preview whose visibility and score come from the core. Saving
// checks everything in the core; errors point at the question and field.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useFieldErrors } from "../../components/useFieldErrors";
import {
  getTemplate,
  previewTemplate,
  invalidateAfter,
  queryKeys,
  referenceData,
  saveTemplate,
  type AnswerKind,
  type AnswerOption,
  type AnswerValue,
  type Domain,
  type Question,
  type Severity,
  type Template,
} from "../../ipc";
import { useNavigate } from "../../navigation";
import { AnswerForm, type FormAnswer } from "../assessment/AnswerForm";
import { ScorePanel } from "../assessment/ScorePanel";

const CHOICE_KINDS: AnswerKind[] = ["yes_no_na", "single_choice", "multi_choice"];

const yesNoOptions = (): AnswerOption[] => [
  { value: "yes", label: "Yes", points: 1 },
  { value: "no", label: "No", points: 0 },
  { value: "na", label: "Not applicable", points: null },
];

function blankQuestion(n: number): Question {
  return { id: `Q-${n}`, text: "", help: "", domain: "governance", kind: "yes_no_na", required: true, weight: 1, options: yesNoOptions(), visibleWhen: null, iso27001: [] };
}

const blankTemplate = (): Template => ({
  id: "",
  version: 1,
  title: "",
  description: "",
  sections: [{ id: "section-1", title: "", version: 1, questions: [blankQuestion(1)] }],
});

/** Moves item `i` of a list by `by` places. */
function moved<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const next = [...list];
  next.splice(j, 0, ...next.splice(i, 1));
  return next;
}

type Selected = { section: number; question: number | null };

export function TemplateBuilder({ base }: { base?: { id: string; version: number } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const loaded = useQuery({ queryKey: queryKeys.template(base?.id ?? "", base?.version ?? null), queryFn: () => getTemplate(base!.id, base!.version), enabled: !!base });
  const [template, setTemplate] = useState<Template | null>(base ? null : blankTemplate());
  const [selected, setSelected] = useState<Selected>({ section: 0, question: 0 });
  const [preview, setPreview] = useState(false);
  const fieldErrors = useFieldErrors();
  useEffect(() => {
    if (loaded.data && !template) setTemplate({ ...loaded.data, version: loaded.data.version + 1 });
  }, [loaded.data, template]);
  const save = useMutation({
    mutationFn: () => saveTemplate(template!),
    onSuccess: () => {
      invalidateAfter(client, "template_save");
      navigate({ screen: "questionnaires" });
    },
    onError: fieldErrors.take,
  });
  if (loaded.error) return <ErrorBanner error={loaded.error} />;
  if (!template) return <div className="splash">{t("common.loading")}</div>;
  const update = (next: Template) => setTemplate(next);
  const sections = template.sections;
  const setSections = (next: Template["sections"]) => update({ ...template, sections: next });
  const questionCount = sections.reduce((n, s) => n + s.questions.length, 0);
  const errorAt = (path: string) => fieldErrors.errors[path];
  const errorsUnder = (path: string) => Object.keys(fieldErrors.errors).some((f) => f.startsWith(`${path}.`));
  const current = selected.question === null ? null : sections[selected.section]?.questions[selected.question];
  const earlier = sections.flatMap((s, si) => s.questions.filter((_, qi) => si < selected.section || (si === selected.section && qi < (selected.question ?? 0))));
  const setQuestion = (q: Question) =>
    setSections(sections.map((s, si) => (si !== selected.section ? s : { ...s, questions: s.questions.map((x, qi) => (qi === selected.question ? q : x)) })));
  return (
    <section className="screen screen-scroll" aria-labelledby="builder-title">
      <button type="button" className="link-button back" onClick={() => navigate({ screen: "questionnaires" })}>
        ← {t("templates.title")}
      </button>
      <header className="screen-header">
        <div>
          <h1 id="builder-title">{base ? t("builder.newVersionTitle", { title: template.title, version: template.version }) : t("builder.newTitle")}</h1>
          <p className="muted">{t("builder.subtitle", { count: questionCount })}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => setPreview(!preview)} data-testid="builder-preview">
            {preview ? t("builder.edit") : t("builder.preview")}
          </button>
          <button type="button" className="button button-primary" disabled={save.isPending} onClick={() => { fieldErrors.clear(); save.mutate(); }} data-testid="builder-save">
            {t("builder.save")}
          </button>
        </div>
      </header>
      {save.error && !fieldErrors.isFieldError(save.error) ? <ErrorBanner error={save.error} /> : null}
      {Object.keys(fieldErrors.errors).length > 0 && (
        <div className="banner banner-error" role="alert">
          {t("builder.invalid", { count: Object.keys(fieldErrors.errors).length })}
          <ul>
            {Object.entries(fieldErrors.errors).slice(0, 8).map(([field, message]) => (
              <li key={field}>
                <span className="mono small">{field}</span>: {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview ? (
        <Preview template={template} />
      ) : (
        <>
          <div className="grid-2">
            <Field label={t("builder.fields.title")} error={errorAt("title")}>
              <input className="input" name="title" value={template.title} onChange={(e) => update({ ...template, title: e.target.value })} />
            </Field>
            <Field label={t("builder.fields.id")} error={errorAt("id")} hint={base ? t("builder.idFixed") : t("builder.idHint")}>
              <input className="input mono" name="id" value={template.id} readOnly={!!base} onChange={(e) => update({ ...template, id: e.target.value })} />
            </Field>
          </div>
          <Field label={t("builder.fields.description")} error={errorAt("description")}>
            <textarea className="input" rows={2} value={template.description} onChange={(e) => update({ ...template, description: e.target.value })} />
          </Field>
          <div className="builder">
            <nav className="builder-outline" aria-label={t("builder.outline")}>
              {sections.map((section, si) => (
                <div key={si} className={`outline-section ${errorsUnder(`sections.${si}`) ? "has-error" : ""}`}>
                  <div className="outline-row">
                    <input
                      className="input outline-title"
                      aria-label={t("builder.fields.sectionTitle")}
                      placeholder={t("builder.fields.sectionTitle")}
                      value={section.title}
                      onChange={(e) => setSections(sections.map((s, i) => (i === si ? { ...s, title: e.target.value, id: s.id || `section-${si + 1}` } : s)))}
                    />
                    <button type="button" className="icon-button" aria-label={t("builder.up")} onClick={() => setSections(moved(sections, si, -1))}>↑</button>
                    <button type="button" className="icon-button" aria-label={t("builder.down")} onClick={() => setSections(moved(sections, si, 1))}>↓</button>
                    <button type="button" className="icon-button" aria-label={t("common.remove")} disabled={sections.length === 1} onClick={() => { setSections(sections.filter((_, i) => i !== si)); setSelected({ section: 0, question: null }); }}>×</button>
                  </div>
                  <ol className="outline-questions">
                    {section.questions.map((q, qi) => (
                      <li key={qi} className={`${selected.section === si && selected.question === qi ? "active" : ""} ${errorsUnder(`sections.${si}.questions.${qi}`) ? "has-error" : ""}`}>
                        <button type="button" className="outline-question" onClick={() => setSelected({ section: si, question: qi })}>
                          <span className="mono small">{q.id}</span> {q.text || t("builder.untitled")}
                          {q.visibleWhen && <span className="badge badge-neutral">{t("builder.conditional")}</span>}
                        </button>
                        <span className="outline-move">
                          <button type="button" className="icon-button" aria-label={t("builder.up")} onClick={() => setSections(sections.map((s, i) => (i === si ? { ...s, questions: moved(s.questions, qi, -1) } : s)))}>↑</button>
                          <button type="button" className="icon-button" aria-label={t("builder.down")} onClick={() => setSections(sections.map((s, i) => (i === si ? { ...s, questions: moved(s.questions, qi, 1) } : s)))}>↓</button>
                        </span>
                      </li>
                    ))}
                  </ol>
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => {
                      setSections(sections.map((s, i) => (i === si ? { ...s, questions: [...s.questions, blankQuestion(questionCount + 1)] } : s)));
                      setSelected({ section: si, question: section.questions.length });
                    }}
                  >
                    + {t("builder.addQuestion")}
                  </button>
                </div>
              ))}
              <button type="button" className="button" onClick={() => setSections([...sections, { id: `section-${sections.length + 1}`, title: "", version: 1, questions: [] }])}>
                + {t("builder.addSection")}
              </button>
            </nav>
            <div className="builder-editor">
              {current ? (
                <QuestionEditor
                  question={current}
                  earlier={earlier}
                  path={`sections.${selected.section}.questions.${selected.question}`}
                  errors={fieldErrors.errors}
                  onChange={setQuestion}
                  onRemove={() => {
                    setSections(sections.map((s, si) => (si !== selected.section ? s : { ...s, questions: s.questions.filter((_, qi) => qi !== selected.question) })));
                    setSelected({ section: selected.section, question: null });
                  }}
                />
              ) : (
                <p className="empty">{t("builder.pick")}</p>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

interface EditorProps {
  question: Question;
  earlier: Question[];
  path: string;
  errors: Record<string, string>;
  onChange: (q: Question) => void;
  onRemove: () => void;
}

function QuestionEditor({ question: q, earlier, path, errors, onChange, onRemove }: EditorProps) {
  const { t } = useTranslation();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const at = (field: string) => errors[`${path}.${field}`];
  const firstUnder = (field: string) => Object.entries(errors).find(([f]) => f.startsWith(`${path}.${field}`))?.[1];
  const set = <K extends keyof Question>(key: K, value: Question[K]) => onChange({ ...q, [key]: value });
  const setKind = (kind: AnswerKind) => {
    const options = !CHOICE_KINDS.includes(kind) ? [] : kind === "yes_no_na" ? yesNoOptions() : q.options.length ? q.options : [{ value: "a", label: "", points: 1 }, { value: "b", label: "", points: 0 }];
    onChange({ ...q, kind, options });
  };
  const setOption = (i: number, option: AnswerOption) => set("options", q.options.map((o, j) => (j === i ? option : o)));
  const sources = earlier.filter((e) => CHOICE_KINDS.includes(e.kind));
  const source = sources.find((s) => s.id === q.visibleWhen?.question);
  return (
    <div className="form question-editor" data-testid="question-editor">
      <div className="grid-3">
        <Field label={t("builder.fields.questionId")} error={at("id")} hint={t("builder.questionIdHint")}>
          <input className="input mono" value={q.id} onChange={(e) => set("id", e.target.value)} />
        </Field>
        <Field label={t("builder.fields.kind")} error={at("kind")}>
          <select className="input" value={q.kind} onChange={(e) => setKind(e.target.value as AnswerKind)}>
            {(reference.data?.answerKinds ?? []).map((k) => (
              <option key={k} value={k}>
                {t(`answerKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("builder.fields.domain")} error={at("domain")}>
          <select className="input" value={q.domain} onChange={(e) => set("domain", e.target.value as Domain)}>
            {(reference.data?.domains ?? []).map((d) => (
              <option key={d.domain} value={d.domain}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t("builder.fields.text")} error={at("text")}>
        <textarea className="input" rows={2} value={q.text} onChange={(e) => set("text", e.target.value)} />
      </Field>
      <Field label={t("builder.fields.help")} error={at("help")}>
        <input className="input" value={q.help} onChange={(e) => set("help", e.target.value)} />
      </Field>
      <div className="grid-3">
        <Field label={t("builder.fields.weight")} error={at("weight")} hint={t("builder.weightHint")}>
          <input className="input" type="number" min={0} max={10} value={q.weight} onChange={(e) => set("weight", Number(e.target.value))} />
        </Field>
        <Field label={t("builder.fields.iso")} error={at("iso27001")} hint={t("builder.isoHint")}>
          <input className="input" value={q.iso27001.join(", ")} onChange={(e) => set("iso27001", e.target.value.split(",").map((x) => x.trim()).filter(Boolean))} />
        </Field>
        <label className="checkbox align-end">
          <input type="checkbox" checked={q.required} onChange={(e) => set("required", e.target.checked)} />
          {t("builder.fields.required")}
        </label>
      </div>
      {CHOICE_KINDS.includes(q.kind) && (
        <fieldset>
          <legend>{t("builder.options")}</legend>
          {firstUnder("options") && <div className="field-error">{firstUnder("options")}</div>}
          <table className="table compact">
            <thead>
              <tr>
                <th>{t("builder.fields.value")}</th>
                <th>{t("builder.fields.label")}</th>
                <th>{t("builder.fields.points")}</th>
                <th>{t("builder.fields.finding")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {q.options.map((o, i) => (
                <tr key={i}>
                  <td>
                    <input className="input mono" aria-label={t("builder.fields.value")} value={o.value} onChange={(e) => setOption(i, { ...o, value: e.target.value })} />
                  </td>
                  <td>
                    <input className="input" aria-label={t("builder.fields.label")} value={o.label} onChange={(e) => setOption(i, { ...o, label: e.target.value })} />
                  </td>
                  <td>
                    <input
                      className="input input-short"
                      aria-label={t("builder.fields.points")}
                      placeholder="—"
                      value={o.points === null ? "" : String(o.points)}
                      onChange={(e) => setOption(i, { ...o, points: e.target.value.trim() === "" ? null : Number(e.target.value) })}
                    />
                  </td>
                  <td className="finding-cell">
                    <select
                      className="input"
                      aria-label={t("builder.fields.severity")}
                      value={o.finding?.severity ?? ""}
                      onChange={(e) => setOption(i, { ...o, finding: e.target.value ? { severity: e.target.value as Severity, title: o.finding?.title ?? "" } : undefined })}
                    >
                      <option value="">{t("builder.noFinding")}</option>
                      {(reference.data?.severities ?? []).map((s) => (
                        <option key={s} value={s}>
                          {t(`severity.${s}`)}
                        </option>
                      ))}
                    </select>
                    {o.finding && (
                      <input className="input" aria-label={t("builder.fields.findingTitle")} placeholder={t("builder.fields.findingTitle")} value={o.finding.title} onChange={(e) => setOption(i, { ...o, finding: { ...o.finding!, title: e.target.value } })} />
                    )}
                  </td>
                  <td>
                    <button type="button" className="icon-button" aria-label={t("common.remove")} onClick={() => set("options", q.options.filter((_, j) => j !== i))}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="link-button small" onClick={() => set("options", [...q.options, { value: `option-${q.options.length + 1}`, label: "", points: 0 }])}>
            + {t("builder.addOption")}
          </button>
        </fieldset>
      )}
      <fieldset>
        <legend>{t("builder.condition")}</legend>
        <div className="grid-2">
          <Field label={t("builder.fields.showWhen")} error={at("visibleWhen.question")}>
            <select className="input" value={q.visibleWhen?.question ?? ""} onChange={(e) => set("visibleWhen", e.target.value ? { question: e.target.value, anyOf: [] } : null)}>
              <option value="">{t("builder.always")}</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id}: {s.text.slice(0, 60)}
                </option>
              ))}
            </select>
          </Field>
          {source && (
            <div className="field">
              <span className="field-label">{t("builder.fields.isAnyOf")}</span>
              <div className="choice-list">
                {source.options.map((o) => (
                  <label key={o.value} className="checkbox">
                    <input
                      type="checkbox"
                      checked={q.visibleWhen?.anyOf.includes(o.value) ?? false}
                      onChange={(e) => {
                        const any = q.visibleWhen?.anyOf ?? [];
                        set("visibleWhen", { question: source.id, anyOf: e.target.checked ? [...any, o.value] : any.filter((v) => v !== o.value) });
                      }}
                    />
                    {o.label}
                  </label>
                ))}
              </div>
              {firstUnder("visibleWhen.anyOf") && <div className="field-error">{firstUnder("visibleWhen.anyOf")}</div>}
            </div>
          )}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={onRemove}>
          {t("builder.removeQuestion")}
        </button>
      </div>
    </div>
  );
}

/** The questionnaire as a respondent will see it; conditions and score computed by the core. */
function Preview({ template }: { template: Template }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const result = useQuery({ queryKey: ["template-preview", template, answers], queryFn: () => previewTemplate(template, answers) });
  const formAnswers = useMemo(() => new Map<string, FormAnswer>(Object.entries(answers).map(([id, value]) => [id, { value, comment: null, evidence: [], updatedAt: null }])), [answers]);
  return (
    <div className="builder-preview" data-testid="template-preview">
      <p className="muted">{t("builder.previewHelp")}</p>
      {result.error && <ErrorBanner error={result.error} />}
      {result.data && (
        <div className="grid-2-panels">
          <AnswerForm
            template={template}
            visible={result.data.visible}
            answers={formAnswers}
            readOnly={false}
            onAnswer={(id, given) => {
              const value = "text" in given ? (Number.isFinite(Number(given.text)) && given.text.trim() ? { kind: "number" as const, value: Number(given.text) } : null) : given.value;
              setAnswers((a) => {
                const next = { ...a };
                if (value) next[id] = value;
                else delete next[id];
                return next;
              });
            }}
          />
          <ScorePanel score={result.data.score} template={template} />
        </div>
      )}
    </div>
  );
}
