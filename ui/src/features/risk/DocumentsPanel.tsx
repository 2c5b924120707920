// A vendor's documents and certificates (SOC 2 Type II, ISO/IEC 27001, pen tests, DPAs) with
// when each goes stale; a new one can carry its file into the evidence store.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useCan } from "../../components/useCan";
import { useFieldErrors } from "../../components/useFieldErrors";
import { formatDate } from "../../format";
import {
  addDocument,
  pickFile,
  queryKeys,
  referenceData,
  invalidateAfter,
  type DocumentDraft,
  type DocumentStatus,
  type StagedFile,
  type Vendor,
} from "../../ipc";

export function DocumentsPanel({ vendor, documents }: { vendor: Vendor; documents: DocumentStatus[] }) {
  const { t } = useTranslation();
  const canAdd = useCan("vendors");
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="documents-title">
      <div className="section-header">
        <h3 id="documents-title" className="subhead">
          {t("documents.title")}
        </h3>
        {canAdd && (
          <button type="button" className="button" onClick={() => setAdding(true)} data-testid="document-add">
            {t("documents.add")}
          </button>
        )}
      </div>
      {documents.length === 0 ? (
        <p className="empty">{t("documents.none")}</p>
      ) : (
        <table className="table compact" data-testid="documents-table">
          <thead>
            <tr>
              <th>{t("documents.columns.document")}</th>
              <th>{t("documents.columns.kind")}</th>
              <th>{t("documents.columns.dated")}</th>
              <th>{t("documents.columns.staleOn")}</th>
              <th>{t("documents.columns.state")}</th>
              <th>{t("documents.columns.file")}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map(({ document: d, staleOn, freshness, message }) => (
              <tr key={d.id}>
                <td className="cell-primary">{d.title}</td>
                <td>{t(`documentKind.${d.kind}`)}</td>
                <td>{formatDate(d.periodEnd ?? d.issuedOn) || "—"}</td>
                <td>{formatDate(staleOn) || "—"}</td>
                <td title={message}>
                  <span className={`badge badge-fresh-${freshness}`}>{t(`freshness.${freshness}`)}</span>
                </td>
                <td className="mono small" title={d.sha256 ?? ""}>
                  {d.fileName ?? "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && <DocumentDialog vendor={vendor} onDone={() => setAdding(false)} />}
    </section>
  );
}

function DocumentDialog({ vendor, onDone }: { vendor: Vendor; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [draft, setDraft] = useState<DocumentDraft>({ kind: "soc2_type2", title: "", issuedOn: "", periodEnd: "", expiresOn: "" });
  const [file, setFile] = useState<StagedFile | null>(null);
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const save = useMutation({
    mutationFn: () => addDocument(vendor.id, draft, file?.token ?? null),
    onSuccess: () => {
      invalidateAfter(client, "document_add");
      onDone();
    },
    onError: fieldErrors.take,
  });
  const choose = useMutation({ mutationFn: () => pickFile("evidence"), onSuccess: (staged) => staged && setFile(staged) });
  const set = (key: keyof DocumentDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    save.mutate();
  };
  return (
    <Dialog
      title={t("documents.addTitle", { vendor: vendor.name })}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="document-form" className="button button-primary" disabled={save.isPending} data-testid="document-save">
            {t("common.save")}
          </button>
        </>
      }
    >
      <form id="document-form" className="form" onSubmit={submit} noValidate>
        {save.error && !fieldErrors.isFieldError(save.error) ? <ErrorBanner error={save.error} /> : null}
        <div className="grid-2">
          <Field label={t("documents.columns.kind")} error={errors.kind}>
            <select className="input" name="kind" value={draft.kind} onChange={(e) => set("kind", e.target.value)}>
              {reference.data?.documentKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`documentKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("documents.fields.title")} error={errors.title}>
            <input className="input" name="title" value={draft.title} onChange={(e) => set("title", e.target.value)} />
          </Field>
          <Field label={t("documents.fields.issuedOn")} error={errors.issuedOn} hint={t("documents.issuedHint")}>
            <input className="input" type="date" name="issuedOn" value={draft.issuedOn} onChange={(e) => set("issuedOn", e.target.value)} />
          </Field>
          <Field label={t("documents.fields.periodEnd")} error={errors.periodEnd} hint={t("documents.periodHint")}>
            <input className="input" type="date" name="periodEnd" value={draft.periodEnd} onChange={(e) => set("periodEnd", e.target.value)} />
          </Field>
          <Field label={t("documents.fields.expiresOn")} error={errors.expiresOn}>
            <input className="input" type="date" name="expiresOn" value={draft.expiresOn} onChange={(e) => set("expiresOn", e.target.value)} />
          </Field>
        </div>
        <div className="field">
          <span className="label">{t("documents.fields.file")}</span>
          <div className="inline-actions">
            <button type="button" className="button" onClick={() => choose.mutate()}>
              {t("documents.chooseFile")}
            </button>
            <span className="muted small">{file ? `${file.name} (${file.size.toLocaleString()} B)` : t("documents.noFile")}</span>
          </div>
        </div>
        {choose.error && <ErrorBanner error={choose.error} />}
      </form>
    </Dialog>
  );
}
