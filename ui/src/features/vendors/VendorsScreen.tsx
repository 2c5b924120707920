// The vendor register: search, filters, a virtualized table paged by Rust, and the form.
import { useQuery } from "@tanstack/react-query";
import type { SortingState } from "@tanstack/react-table";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { useCan } from "../../components/useCan";
import { usePagedRows } from "../../components/usePagedRows";
import { VirtualTable } from "../../components/VirtualTable";
import {
  listVendors,
  queryKeys,
  referenceData,
  type LifecycleStatus,
  type VendorCategory,
  type VendorQuery,
  type VendorRow,
  type VendorSortKey,
} from "../../ipc";
import { useNavigate } from "../../navigation";
import { vendorColumns } from "./columns";
import { ImportDialog } from "./ImportDialog";
import { useDebounced } from "./useDebounced";
import { VendorForm } from "./VendorForm";



export function VendorsScreen() {
  const { t } = useTranslation();
  const canCreate = useCan("vendors");
  const [importing, setImporting] = useState(false);
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<LifecycleStatus | "">("");
  const [category, setCategory] = useState<VendorCategory | "">("");
  const [showArchived, setShowArchived] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([{ id: "name", desc: false }]);
  const [creating, setCreating] = useState(false);
  const debouncedSearch = useDebounced(search);
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });

  const query: Omit<VendorQuery, "offset" | "limit"> = useMemo(
    () => ({
      search: debouncedSearch,
      statuses: status ? [status] : [],
      categories: category ? [category] : [],
      archived: showArchived ? "include" : "exclude",
      sort: (sorting[0]?.id ?? "name") as VendorSortKey,
      direction: sorting[0]?.desc ? "desc" : "asc",
    }),
    [debouncedSearch, status, category, showArchived, sorting],
  );
  const identity = JSON.stringify(query);
  const pageKey = useCallback((page: number) => [...queryKeys.vendorsPage(query as VendorQuery), page], [query]);
  const fetchPage = useCallback((offset: number, limit: number) => listVendors({ ...query, offset, limit }), [query]);
  const rows = usePagedRows<VendorRow>({ pageKey, fetchPage, identity });
  const columns = useMemo(() => vendorColumns(t), [t]);

  const navigate = useNavigate();

  return (
    <section className="screen" aria-labelledby="vendors-title">
      <header className="screen-header">
        <div>
          <h1 id="vendors-title">{t("vendors.title")}</h1>
          <p className="muted" aria-live="polite" data-testid="vendor-count">
            {rows.total === undefined ? t("common.loading") : t("vendors.count", { count: rows.total })}
          </p>
        </div>
        {canCreate && (
          <div className="header-actions">
            <button type="button" className="button" data-testid="import-vendors" onClick={() => setImporting(true)}>
              {t("vendors.import")}
            </button>
            <button type="button" className="button button-primary" data-testid="new-vendor" onClick={() => setCreating(true)}>
              {t("vendors.newVendor")}
            </button>
          </div>
        )}
      </header>
      <div className="toolbar" role="search">
        <input
          type="search"
          className="input search"
          aria-label={t("vendors.search")}
          placeholder={t("vendors.searchPlaceholder")}
          value={search}
          data-testid="vendor-search"
          onChange={(e) => setSearch(e.target.value)}
        />
        <select className="input" aria-label={t("vendors.columns.status")} value={status} onChange={(e) => setStatus(e.target.value as LifecycleStatus | "")}>
          <option value="">{t("vendors.allStatuses")}</option>
          {reference.data?.statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select className="input" aria-label={t("vendors.columns.category")} value={category} onChange={(e) => setCategory(e.target.value as VendorCategory | "")}>
          <option value="">{t("vendors.allCategories")}</option>
          {reference.data?.categories.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          {t("vendors.showArchived")}
        </label>
      </div>
      {rows.error ? <ErrorBanner error={rows.error} onRetry={rows.refetch} /> : null}
      <VirtualTable<VendorRow>
        label={t("vendors.title")}
        columns={columns}
        total={rows.total ?? 0}
        getRow={rows.getRow}
        onVisibleRangeChange={rows.setVisibleRange}
        sorting={sorting}
        onSortingChange={(next) => setSorting(next.length ? next : [{ id: "name", desc: false }])}
        onRowActivate={(row) => navigate({ screen: "vendor", vendorId: row.id })}
        rowLabel={(row) => row.name}
        rowClassName={(row) => (row.archived ? "row-archived" : "")}
        empty={rows.total === undefined ? t("common.loading") : t("vendors.empty")}
        resetKey={identity}
      />
      {creating && reference.data && <VendorForm editing={null} reference={reference.data} onDone={() => setCreating(false)} />}
      {importing && <ImportDialog onDone={() => setImporting(false)} />}
    </section>
  );
}
