// The audit log: every change, newest first, and a one-click chain verification.
import { useMutation } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { usePagedRows } from "../../components/usePagedRows";
import { VirtualTable, type ColumnMeta } from "../../components/VirtualTable";
import { formatInstant } from "../../format";
import { listAudit, queryKeys, verifyAudit, type AuditEntry, type AuditQuery } from "../../ipc";
import { useDebounced } from "../vendors/useDebounced";

function auditColumns(t: (key: string, options?: Record<string, unknown>) => string): ColumnDef<AuditEntry, unknown>[] {
  const column = (id: string, meta: ColumnMeta, cell: (e: AuditEntry) => React.ReactNode): ColumnDef<AuditEntry, unknown> => ({
    id,
    header: t(`audit.columns.${id}`),
    meta,
    enableSorting: false,
    accessorFn: () => null,
    cell: (ctx) => cell(ctx.row.original),
  });
  return [
    column("seq", { width: "64px", align: "end" }, (e) => <span className="mono">{e.seq}</span>),
    column("at", { width: "215px" }, (e) => formatInstant(e.at)),
    column("actor", { width: "minmax(140px, 1fr)" }, (e) => (
      <div className="cell-stack">
        <span className="cell-primary">{e.actor}</span>
        <span className="cell-secondary">{t(`role.${e.role}`)}</span>
      </div>
    )),
    column("action", { width: "150px" }, (e) => <code>{e.action}</code>),
    column("record", { width: "minmax(140px, 1fr)" }, (e) => e.summary),
    column("changes", { width: "minmax(260px, 3fr)" }, (e) => {
      const text = e.changes.map((c) => `${c.field}: ${c.old ?? "—"} → ${c.new ?? "—"}`).join("; ");
      return (
        <span className="truncate" title={text}>
          {text}
        </span>
      );
    }),
  ];
}

const NO_SORTING: never[] = [];

export function AuditScreen() {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const debounced = useDebounced(search);
  const query: Omit<AuditQuery, "offset" | "limit"> = useMemo(
    () => ({ entityKind: null, entityId: null, search: debounced }),
    [debounced],
  );
  const pageKey = useCallback((page: number) => [...queryKeys.auditPage(query as AuditQuery), page], [query]);
  const fetchPage = useCallback((offset: number, limit: number) => listAudit({ ...query, offset, limit }), [query]);
  const rows = usePagedRows<AuditEntry>({ pageKey, fetchPage, identity: JSON.stringify(query) });
  const verify = useMutation({ mutationFn: verifyAudit });
  const columns = useMemo(() => auditColumns(t), [t]);
  const verdict = verify.data;

  return (
    <section className="screen" aria-labelledby="audit-title">
      <header className="screen-header">
        <div>
          <h1 id="audit-title">{t("audit.title")}</h1>
          <p className="muted">
            {t("audit.subtitle")} {rows.total !== undefined && t("audit.count", { count: rows.total })}
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verify.isPending ? t("audit.verifying") : t("audit.verify")}
        </button>
      </header>
      {verdict &&
        (verdict.intact ? (
          <div className="banner banner-ok" role="status">
            {t("audit.intact", { count: verdict.entriesChecked, hash: verdict.headHash.slice(0, 16) + "…" })}
          </div>
        ) : (
          <div className="banner banner-error" role="alert">
            <strong>{t("audit.tampered", { count: verdict.problems.length })}</strong>
            <ul>
              {verdict.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </div>
        ))}
      {verify.error && <ErrorBanner error={verify.error} />}
      <div className="toolbar" role="search">
        <input
          type="search"
          className="input search"
          aria-label={t("audit.search")}
          placeholder={t("audit.searchPlaceholder")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {rows.error && <ErrorBanner error={rows.error} onRetry={rows.refetch} />}
      <VirtualTable<AuditEntry>
        label={t("audit.title")}
        columns={columns}
        total={rows.total ?? 0}
        getRow={rows.getRow}
        onVisibleRangeChange={rows.setVisibleRange}
        sorting={NO_SORTING}
        onSortingChange={() => undefined}
        empty={t("common.loading")}
        resetKey={JSON.stringify(query)}
      />
    </section>
  );
}
