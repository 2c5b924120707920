// Bulk import of vendors from a spreadsheet (CSV or XLSX): choose the file, map its columns to
// fields (suggested, or as last time), see every row with what happens to it and its errors,
// then import everything — or nothing, while any row has an error.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { VirtualTable, type ColumnMeta } from "../../components/VirtualTable";
import {
  commitVendorImport,
  pickFile,
  previewVendorImport,
  invalidateAfter,
  isIpcError,
  type ImportRow,
  type StagedFile,
  type VendorImportOptions,
  type VendorImportPreview,
} from "../../ipc";
import { useDebounced } from "./useDebounced";

export function ImportDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<StagedFile | null>(null);
  const [options, setOptions] = useState<VendorImportOptions | null>(null);
  const settled = useDebounced(options, 200);
  const preview = useQuery({
    queryKey: ["vendor-import", file?.token, settled],
    queryFn: () => previewVendorImport(file!.token, settled),
    enabled: file !== null,
    placeholderData: (previous) => previous,
  });
  const choose = useMutation({
    mutationFn: () => pickFile("vendors"),
    onSuccess: (staged) => {
      if (!staged) return;
      setOptions(null);
      setFile(staged);
    },
  });
  const commit = useMutation({
    mutationFn: () => commitVendorImport(file!.token, options ?? preview.data!.options, preview.data!.basis),
    onSuccess: () => invalidateAfter(client, "vendor_import_commit"),
    // Changed since the preview: show what the import would do now (the error says so).
    onError: (error) => {
      if (isIpcError(error) && error.code === "conflict") void preview.refetch();
    },
  });
  const p = preview.data;
  const current = options ?? p?.options ?? null;
  const setMapping = (field: string, header: string) => {
    if (!current) return;
    const mapping = { ...current.mapping };
    if (header) mapping[field] = header;
    else delete mapping[field];
    setOptions({ ...current, mapping });
  };
  const ready = p !== undefined && p.invalid === 0 && p.create + p.update > 0 && !commit.isSuccess;
  return (
    <Dialog
      title={t("vendorImport.vendorsTitle")}
      onClose={onDone}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {commit.isSuccess ? t("common.close") : t("common.cancel")}
          </button>
          {!commit.isSuccess && (
            <button type="button" className="button button-primary" disabled={!ready || commit.isPending} onClick={() => commit.mutate()} data-testid="import-commit">
              {p ? t("vendorImport.commit", { count: p.create + p.update }) : t("vendorImport.commitNone")}
            </button>
          )}
        </>
      }
    >
      <div className="inline-actions">
        <button type="button" className="button" onClick={() => choose.mutate()} data-testid="import-choose">
          {t("vendorImport.chooseSpreadsheet")}
        </button>
        <span className="muted small">{file ? `${file.name} (${file.size.toLocaleString()} B)` : t("vendorImport.spreadsheetHint")}</span>
      </div>
      {(choose.error || preview.error || commit.error) && <ErrorBanner error={choose.error ?? preview.error ?? commit.error} />}
      {commit.isSuccess && commit.data && (
        <div className="banner banner-ok" role="status" data-testid="import-done">
          {t("vendorImport.done", { created: commit.data.create, updated: commit.data.update, skipped: commit.data.skip })}
        </div>
      )}
      {p && current && !commit.isSuccess && (
        <>
          <Mapping preview={p} options={current} onMap={setMapping} onMatch={(onMatch) => setOptions({ ...current, onMatch })} />
          <p className={p.invalid ? "banner banner-warn" : "muted"} data-testid="import-summary">
            {t("vendorImport.summary", { create: p.create, update: p.update, skip: p.skip, invalid: p.invalid })}
          </p>
          <ImportRows rows={p.rows} />
          {p.invalid > 0 && <ErrorList rows={p.rows} />}
        </>
      )}
    </Dialog>
  );
}

function Mapping({
  preview,
  options,
  onMap,
  onMatch,
}: {
  preview: VendorImportPreview;
  options: VendorImportOptions;
  onMap: (field: string, header: string) => void;
  onMatch: (onMatch: VendorImportOptions["onMatch"]) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="import-mapping" open={!options.mapping.name}>
      <summary>{t("vendorImport.mapping", { count: Object.keys(options.mapping).length })}</summary>
      <div className="grid-4">
        {preview.fields.map((f) => (
          <label key={f.key} className="field">
            <span>{f.label}</span>
            <select className="input input-compact" name={`map-${f.key}`} value={options.mapping[f.key] ?? ""} onChange={(e) => onMap(f.key, e.target.value)}>
              <option value="">{t("vendorImport.notImported")}</option>
              {preview.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <fieldset className="checks">
        <legend>{t("vendorImport.onMatch")}</legend>
        {(["skip", "update"] as const).map((choice) => (
          <label key={choice} className="check">
            <input type="radio" name="onMatch" checked={options.onMatch === choice} onChange={() => onMatch(choice)} /> {t(`vendorImport.match.${choice}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function ImportRows({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  const getRow = useCallback((index: number) => rows[index], [rows]);
  const ignore = useCallback(() => undefined, []);
  const cell = (id: string, header: string, meta: ColumnMeta, render: (r: ImportRow) => React.ReactNode): ColumnDef<ImportRow, unknown> => ({
    id,
    header,
    meta,
    enableSorting: false,
    accessorFn: () => null,
    cell: (ctx) => render(ctx.row.original),
  });
  const columns = [
    cell("row", t("vendorImport.columns.row"), { width: "64px", align: "end" }, (r) => r.row),
    cell("name", t("vendorImport.columns.name"), { width: "minmax(160px, 1.4fr)" }, (r) => <span className="cell-primary">{r.name}</span>),
    cell("action", t("vendorImport.columns.action"), { width: "110px" }, (r) => <span className={`badge badge-import-${r.action}`}>{t(`vendorImport.action.${r.action}`)}</span>),
    cell("match", t("vendorImport.columns.match"), { width: "minmax(120px, 1fr)" }, (r) => (r.matched ? `${r.matched.name} (${r.matchedBy})` : "")),
    cell("errors", t("vendorImport.columns.errors"), { width: "minmax(200px, 2.4fr)" }, (r) => (
      <span className="import-errors" title={r.errors.map((e) => `${e.column}: ${e.message}`).join("\n")}>
        {r.errors.map((e) => `${e.column}: ${e.message}`).join(" · ")}
      </span>
    )),
  ];
  return (
    <div className="import-rows" data-testid="import-rows">
      <VirtualTable
        label={t("vendorImport.vendorsTitle")}
        columns={columns}
        total={rows.length}
        getRow={getRow}
        onVisibleRangeChange={ignore}
        sorting={[]}
        onSortingChange={ignore}
        rowClassName={(r) => (r.action === "invalid" ? "row-invalid" : "")}
        empty={<p className="empty">{t("vendorImport.noRows")}</p>}
        resetKey={String(rows.length)}
        rowHeight={36}
      />
    </div>
  );
}

/** Every error, by row and column (the first 100; the table shows all rows). */
function ErrorList({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  const errors = rows.flatMap((r) => r.errors.map((e) => ({ row: r.row, ...e })));
  return (
    <section className="import-error-list" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title" className="subhead">
        {t("vendorImport.errors", { count: errors.length })}
      </h3>
      <ul className="attention-list">
        {errors.slice(0, 100).map((e, i) => (
          <li key={i}>{t("vendorImport.errorLine", { row: e.row, column: e.column, message: e.message })}</li>
        ))}
      </ul>
    </section>
  );
}
