// The vendor table's columns. Each sortable column's id is the Rust sort key.
import type { ColumnDef } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { Badge } from "../../components/Badge";
import type { ColumnMeta } from "../../components/VirtualTable";
import { countryName, formatDate, formatMoney } from "../../format";
import type { VendorRow, VendorSortKey } from "../../ipc";

function column(
  id: VendorSortKey,
  header: string,
  meta: ColumnMeta,
  cell: (row: VendorRow) => React.ReactNode,
): ColumnDef<VendorRow, unknown> {
  return { id, header, meta, enableSorting: true, accessorFn: () => null, cell: (ctx) => cell(ctx.row.original) };
}

export function vendorColumns(t: TFunction): ColumnDef<VendorRow, unknown>[] {
  return [
    column("name", t("vendors.columns.name"), { width: "minmax(160px, 2fr)" }, (r) => (
      <div className="cell-stack">
        <span className="cell-primary">{r.name}</span>
        {r.legalName && r.legalName !== r.name && <span className="cell-secondary">{r.legalName}</span>}
      </div>
    )),
    column("category", t("vendors.columns.category"), { width: "140px" }, (r) => (
      <Badge tone="neutral">{t(`category.${r.category}`)}</Badge>
    )),
    column("status", t("vendors.columns.status"), { width: "122px" }, (r) => (
      <>
        <Badge tone={r.status}>{t(`status.${r.status}`)}</Badge>
        {r.archived && <Badge tone="archived">{t("vendors.archived")}</Badge>}
      </>
    )),
    column("country", t("vendors.columns.country"), { width: "minmax(112px, 0.8fr)" }, (r) => (
      <span title={r.country ?? ""}>{countryName(r.country)}</span>
    )),
    column("business_owner", t("vendors.columns.businessOwner"), { width: "minmax(110px, 1fr)" }, (r) => r.businessOwner ?? ""),
    column("services", t("vendors.columns.services"), { width: "minmax(110px, 1.1fr)" }, (r) => (
      <span className="truncate" title={r.services}>
        {r.services}
      </span>
    )),
    column("renewal", t("vendors.columns.renewal"), { width: "112px" }, (r) => formatDate(r.renewal)),
    column("annual_spend", t("vendors.columns.annualSpend"), { width: "122px", align: "end" }, (r) => formatMoney(r.annualSpend)),
  ];
}
