// Import a vendor's published subprocessor list: paste it or choose a file (a saved web page, a
// spreadsheet, CSV or markdown), see how each column and location was read, correct a column's
// meaning or pick whose list it is, preview what will change, then import it all at once.
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
  pickFile,
  previewSubprocessors,
  type ColumnRole,
  type ListInput,
  type ListOptions,
  type StagedFile,
  type SubprocessorPreview,
  type Vendor,
} from "../../ipc";

const ROLES: ColumnRole[] = ["name", "purpose", "location", "address", "company", "lei", "vat", "duns", "ignored"];

export function SubprocessorImport({ vendor, onDone }: { vendor: Vendor; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState("");
  const [file, setFile] = useState<StagedFile | null>(null);
  const [preview, setPreview] = useState<SubprocessorPreview | null>(null);
  const list = (picked: StagedFile | null = file): ListInput => (picked ? { text: null, token: picked.token } : { text, token: null });
  const check = useMutation({
    mutationFn: ({ input, options }: { input: ListInput; options: ListOptions | null }) => previewSubprocessors(vendor.id, input, options),
    onSuccess: setPreview,
  });
  const commit = useMutation({
    mutationFn: () => importSubprocessors(vendor.id, list(), preview!.options, preview!.basis),
    onSuccess: () => {
      invalidateAfter(client, "subprocessors_import");
      onDone();
    },
    // Changed since the preview: show what the import would do now (the error says so).
    onError: async (error) => {
      if (isIpcError(error) && error.code === "conflict") setPreview(await previewSubprocessors(vendor.id, list(), preview!.options));
    },
  });
  const pick = useMutation({
    mutationFn: () => pickFile("subprocessor_list"),
    onSuccess: (staged) => {
      if (staged !== null) {
        setFile(staged);
        setText("");
        setPreview(null);
        check.mutate({ input: list(staged), options: null });
      }
    },
  });
  const choose = (change: Partial<ListOptions>) => preview && check.mutate({ input: list(), options: { ...preview.options, ...change } });
  const error = check.error ?? commit.error ?? pick.error;
  const counts = preview
    ? {
        added: preview.rows.filter((r) => r.change === "added").length,
        changed: preview.rows.filter((r) => r.change === "changed").length,
        removed: preview.removed.length,
      }
    : null;
  const blocked = !preview || preview.errors.length > 0;
  return (
    <Dialog
      title={t("import.title", { vendor: vendor.name })}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button footer-start" onClick={() => pick.mutate()} data-testid="subprocessors-choose">
            {t("import.chooseFile")}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          {preview ? (
            <button
              type="button"
              className="button button-primary"
              disabled={blocked || commit.isPending}
              onClick={() => commit.mutate()}
              data-testid="subprocessors-commit"
            >
              {t("import.commit", { count: preview.rows.length })}
            </button>
          ) : (
            <button type="button" className="button button-primary" disabled={!text.trim() || check.isPending} onClick={() => check.mutate({ input: list(), options: null })}>
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
      {file && <p className="small">{t("import.file", { name: file.name })}</p>}
      {!preview && !file && (
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
            {t("import.readAs", { format: preview.format })} {t("import.summary", { ...counts, total: preview.rows.length })}
            {preview.reimport && counts.added + counts.changed + counts.removed > 0 && <> {t("import.willReview")}</>}
          </p>
          <h3>{t("import.columnsTitle")}</h3>
          <table className="table table-compact" data-testid="subprocessor-columns">
            <thead>
              <tr>
                <th>{t("import.columnHeader")}</th>
                <th>{t("import.columnRole")}</th>
                <th>{t("import.columnExample")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((c, i) => (
                <tr key={c.header}>
                  <td className="cell-primary">{c.header}</td>
                  <td>
                    <select
                      className="input"
                      aria-label={t("import.roleOf", { header: c.header })}
                      data-testid={`column-role-${i}`}
                      value={c.role}
                      disabled={check.isPending}
                      onChange={(e) => choose({ mapping: { ...preview.options.mapping, [c.header]: e.target.value as ColumnRole } })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`import.role.${role}`)}
                        </option>
                      ))}
                    </select>
                    {!c.chosen && <span className="muted small"> {t("import.fromHeader")}</span>}
                  </td>
                  <td className="muted">{c.example}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.companies.length > 1 && (
            <label className="field">
              <span className="field-label">{t("import.company")}</span>
              <select className="input" value={preview.options.company ?? ""} onChange={(e) => choose({ company: e.target.value || null })}>
                <option value="">{t("import.pickCompany")}</option>
                {preview.companies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          )}
          {preview.errors.length > 0 && (
            <div className="banner banner-error" role="alert" data-testid="subprocessor-errors">
              <strong>{t("import.invalid")}</strong>
              <ul>
                {preview.errors.map((e, i) => (
                  <li key={i}>{t("import.line", { at: e.at, message: e.message })}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.warnings.length > 0 && (
            <div className="banner banner-info">
              <ul>
                {preview.warnings.map((w, i) => (
                  <li key={i}>{t("import.line", { at: w.at, message: w.message })}</li>
                ))}
              </ul>
            </div>
          )}
          <table className="table" data-testid="subprocessor-preview">
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
              {preview.rows.map((r, i) => (
                <tr key={i}>
                  <td className="small">{r.listed.at}</td>
                  <td>
                    {r.listed.name}
                    {r.listed.readings.map((reading, j) => (
                      <div key={j} className="cell-secondary">
                        {t("import.reading", { column: reading.column, text: reading.text, became: reading.became })}
                      </div>
                    ))}
                  </td>
                  <td>
                    <span className={`badge badge-change-${r.change}`}>{t(`import.change.${r.change}`)}</span>
                  </td>
                  <td>
                    {r.existingVendor ? (
                      <>
                        {r.existingVendor.name}
                        <div className="cell-secondary">{t("import.matchedBy", { by: r.matchedBy })}</div>
                      </>
                    ) : (
                      <span className="muted">{t("import.newVendor")}</span>
                    )}
                  </td>
                  <td>{[...r.listed.locations.map((l) => countryName(l)), ...r.listed.regions.map((region) => t("import.region", { region }))].join(", ")}</td>
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
