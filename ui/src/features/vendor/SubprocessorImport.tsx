// Import a vendor's published subprocessor list: paste it or choose a file, preview what will
// change, then import it all at once.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { countryName } from "../../format";
import {
  invalidateAfter,
  importSubprocessors,
  isIpcError,
  pickSubprocessorFile,
  previewSubprocessors,
  type SubprocessorPreview,
  type Vendor,
} from "../../ipc";

export function SubprocessorImport({ vendor, onDone }: { vendor: Vendor; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<SubprocessorPreview | null>(null);
  const check = useMutation({ mutationFn: () => previewSubprocessors(vendor.id, text), onSuccess: setPreview });
  const commit = useMutation({
    mutationFn: () => importSubprocessors(vendor.id, text, preview!.basis),
    onSuccess: () => {
      invalidateAfter(client, "subprocessors_import");
      onDone();
    },
    // Changed since the preview: show what the import would do now (the error says so).
    onError: async (error) => {
      if (isIpcError(error) && error.code === "conflict") setPreview(await previewSubprocessors(vendor.id, text));
    },
  });
  const pick = useMutation({
    mutationFn: pickSubprocessorFile,
    onSuccess: (content) => {
      if (content !== null) {
        setText(content);
        setPreview(null);
      }
    },
  });
  const error = check.error ?? commit.error ?? pick.error;
  const counts = preview
    ? {
        added: preview.rows.filter((r) => r.change === "added").length,
        changed: preview.rows.filter((r) => r.change === "changed").length,
        removed: preview.removed.length,
      }
    : null;
  return (
    <Dialog
      title={t("import.title", { vendor: vendor.name })}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button footer-start" onClick={() => pick.mutate()}>
            {t("import.chooseFile")}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          {preview ? (
            <button type="button" className="button button-primary" disabled={commit.isPending} onClick={() => commit.mutate()}>
              {t("import.commit", { count: preview.rows.length })}
            </button>
          ) : (
            <button type="button" className="button button-primary" disabled={!text.trim() || check.isPending} onClick={() => check.mutate()}>
              {t("import.preview")}
            </button>
          )}
        </>
      }
    >
      <p className="muted">{t("import.explain")}</p>
      {error && isIpcError(error) && error.code === "validation" ? (
        <div className="banner banner-error" role="alert">
          <strong>{t("import.invalid")}</strong>
          <ul>
            {error.fields.map((f, i) => (
              <li key={i}>
                {f.field}: {f.message}
              </li>
            ))}
          </ul>
        </div>
      ) : error ? (
        <ErrorBanner error={error} />
      ) : null}
      {!preview && (
        <textarea
          className="input mono"
          rows={12}
          aria-label={t("import.paste")}
          placeholder={t("import.paste")}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPreview(null);
          }}
        />
      )}
      {preview && counts && (
        <>
          <p>
            {t("import.summary", { ...counts, total: preview.rows.length })}
            {preview.reimport && counts.added + counts.changed + counts.removed > 0 && <> {t("import.willReview")}</>}
          </p>
          {preview.warnings.length > 0 && (
            <div className="banner banner-info">
              <ul>
                {preview.warnings.map((w, i) => (
                  <li key={i}>{t("import.line", { line: w.line, message: w.message })}</li>
                ))}
              </ul>
            </div>
          )}
          <table className="table">
            <thead>
              <tr>
                <th>{t("import.columns.line")}</th>
                <th>{t("import.columns.name")}</th>
                <th>{t("import.columns.change")}</th>
                <th>{t("import.columns.vendor")}</th>
                <th>{t("import.columns.locations")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.listed.line}>
                  <td className="num">{r.listed.line}</td>
                  <td>{r.listed.name}</td>
                  <td>
                    <span className={`badge badge-change-${r.change}`}>{t(`import.change.${r.change}`)}</span>
                  </td>
                  <td>{r.existingVendor ? r.existingVendor.name : <span className="muted">{t("import.newVendor")}</span>}</td>
                  <td>{r.listed.locations.map((l) => countryName(l)).join(", ")}</td>
                </tr>
              ))}
              {preview.removed.map((r) => (
                <tr key={`removed-${r.edgeId}`} className="row-ended">
                  <td />
                  <td>{r.vendor.name}</td>
                  <td>
                    <span className="badge badge-change-removed">{t("import.change.removed")}</span>
                  </td>
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}
