// A DORA report package made elsewhere (last year's filing, a spreadsheet tool's output) read
// into the register: choose the zip, see what it becomes (each provider and the vendor it
// matches, by which identifier, or a new vendor) or every reason it cannot be read, then import
// it all or nothing.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { importDora, invalidateAfter, isIpcError, pickFile, previewDoraImport, type StagedFile } from "../../ipc";

export function DoraImportDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<StagedFile | null>(null);
  const choose = useMutation({
    mutationFn: () => pickFile("dora_package"),
    onSuccess: (staged) => staged && setFile(staged),
  });
  const preview = useQuery({
    queryKey: ["dora-import", file?.token],
    queryFn: () => previewDoraImport(file!.token),
    enabled: file !== null,
    retry: false,
  });
  const commit = useMutation({
    mutationFn: () => importDora(file!.token),
    onSuccess: () => invalidateAfter(client, "dora_import_commit"),
  });
  const plan = preview.data;
  const refused = isIpcError(preview.error) && preview.error.code === "validation" ? preview.error.fields : null;
  return (
    <Dialog
      title={t("doraImport.title")}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {commit.isSuccess ? t("common.close") : t("common.cancel")}
          </button>
          {!commit.isSuccess && (
            <button
              type="button"
              className="button button-primary"
              disabled={!plan || commit.isPending}
              onClick={() => commit.mutate()}
              data-testid="dora-import-commit"
            >
              {t("doraImport.commit")}
            </button>
          )}
        </>
      }
    >
      <div className="inline-actions">
        <button type="button" className="button" onClick={() => choose.mutate()} data-testid="dora-import-choose">
          {file ? t("doraImport.chooseOther") : t("doraImport.choose")}
        </button>
        {file && <span className="mono small">{file.name}</span>}
      </div>
      {commit.isSuccess && (
        <div className="banner banner-ok" role="status" data-testid="dora-import-done">
          {t("doraImport.done")}
        </div>
      )}
      {commit.error && <ErrorBanner error={commit.error} />}
      {refused && (
        <div className="banner banner-error" role="alert" data-testid="dora-import-refused">
          <strong>{t("doraImport.refused")}</strong>
          <ul>
            {refused.slice(0, 50).map((f, i) => (
              <li key={i}>
                <span className="mono small">{f.field}</span> {f.message}
              </li>
            ))}
          </ul>
          {refused.length > 50 && <p>{t("doraImport.moreReasons", { count: refused.length - 50 })}</p>}
        </div>
      )}
      {preview.error && !refused && <ErrorBanner error={preview.error} />}
      {plan && (
        <>
          <p data-testid="dora-import-summary">
            {t("doraImport.summary", {
              entities: plan.entityCount,
              functions: plan.functionCount,
              providers: plan.providers.length,
              arrangements: plan.arrangements.length,
              refDate: plan.refDate,
            })}
          </p>
          {plan.notes.map((note, i) => (
            <p key={i} className="muted">
              {note}
            </p>
          ))}
          <table className="table" data-testid="dora-import-providers">
            <thead>
              <tr>
                <th>{t("doraImport.columns.row")}</th>
                <th>{t("doraImport.columns.provider")}</th>
                <th>{t("doraImport.columns.code")}</th>
                <th>{t("doraImport.columns.vendor")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.providers.map((p) => (
                <tr key={p.row}>
                  <td className="num">{p.row}</td>
                  <td>{p.legalName}</td>
                  <td className="mono small">{p.code}</td>
                  <td>
                    {p.matched.by === "existing"
                      ? t("doraImport.matched", { name: p.matched.vendorName, identifier: p.matched.identifier })
                      : t("doraImport.newVendor")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}
