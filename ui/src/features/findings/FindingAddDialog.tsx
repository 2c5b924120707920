// Record a finding by hand (from an audit, a pen-test report, a call with the vendor): severity,
// title, owner and due date. Evidence is linked afterwards from the finding itself.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useFieldErrors } from "../../components/useFieldErrors";
import { addFinding, queryKeys, referenceData, invalidateAfter, type FindingDraft, type Vendor } from "../../ipc";

export function FindingAddDialog({ vendor, onDone }: { vendor: Vendor; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [draft, setDraft] = useState<FindingDraft>({ severity: "medium", title: "", owner: "", dueDate: "" });
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const save = useMutation({
    mutationFn: () => addFinding(vendor.id, draft),
    onSuccess: () => {
      invalidateAfter(client, "finding_add");
      onDone();
    },
    onError: fieldErrors.take,
  });
  const set = (key: keyof FindingDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    save.mutate();
  };
  return (
    <Dialog
      title={t("findings.addTitle", { vendor: vendor.name })}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="finding-add-form" className="button button-primary" disabled={save.isPending} data-testid="finding-add-save">
            {t("common.save")}
          </button>
        </>
      }
    >
      <form id="finding-add-form" className="form" onSubmit={submit} noValidate>
        {save.error && !fieldErrors.isFieldError(save.error) ? <ErrorBanner error={save.error} /> : null}
        <Field label={t("findings.columns.finding")} error={errors.title}>
          <input className="input" name="title" value={draft.title} onChange={(e) => set("title", e.target.value)} />
        </Field>
        <div className="grid-2">
          <Field label={t("findings.columns.severity")} error={errors.severity}>
            <select className="input" name="severity" value={draft.severity} onChange={(e) => set("severity", e.target.value)}>
              {reference.data?.severities.map((s) => (
                <option key={s} value={s}>
                  {t(`severity.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("findings.columns.due")} error={errors.dueDate}>
            <input className="input" type="date" name="dueDate" value={draft.dueDate} onChange={(e) => set("dueDate", e.target.value)} />
          </Field>
        </div>
        <Field label={t("findings.columns.owner")} error={errors.owner}>
          <input className="input" name="owner" value={draft.owner} onChange={(e) => set("owner", e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
