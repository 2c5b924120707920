// A virtualized, sortable table: TanStack Table for columns and sorting state, TanStack
// Virtual for the rows. Sorting and paging happen in Rust; this component only asks for the
// rows it shows.
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { VisibleRange } from "./usePagedRows";

export interface ColumnMeta {
  /** A CSS grid track, e.g. `2fr` or `120px`. */
  width: string;
  align?: "start" | "end";
}

interface Props<T> {
  label: string;
  columns: ColumnDef<T, unknown>[];
  total: number;
  getRow: (index: number) => T | undefined;
  onVisibleRangeChange: (range: VisibleRange) => void;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  onRowActivate?: (row: T) => void;
  rowLabel?: (row: T) => string;
  rowClassName?: (row: T) => string;
  empty: ReactNode;
  /** Changes when the list's filters change: scrolls back to the top. */
  resetKey: string;
  rowHeight?: number;
}

export function VirtualTable<T>(props: Props<T>) {
  const { t } = useTranslation();
  const { columns, total, getRow, sorting, rowHeight = 40 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  // The header scrolls with the rows (sticky), so columns line up whatever the scrollbar.
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => setHeadHeight(head.current?.offsetHeight ?? 0), []);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: headHeight,
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items[items.length - 1]?.index ?? 0;
  const { onVisibleRangeChange } = props;
  useEffect(() => onVisibleRangeChange({ start, end }), [start, end, onVisibleRangeChange]);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [props.resetKey]);

  // The table model holds only the rows on screen; Rust holds the rest. The data array must
  // keep its identity while the rows are the same, or TanStack Table re-renders forever.
  const visible = items.map((item) => ({ index: item.index, row: getRow(item.index) }));
  const rowsOnScreen = visible.flatMap((v) => (v.row === undefined ? [] : [v.row]));
  const previous = useRef<T[]>([]);
  if (rowsOnScreen.length !== previous.current.length || rowsOnScreen.some((row, i) => row !== previous.current[i])) {
    previous.current = rowsOnScreen;
  }
  const table = useReactTable({
    data: previous.current,
    autoResetPageIndex: false,
    columns,
    state: { sorting },
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange: (updater) => props.onSortingChange(typeof updater === "function" ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
  });
  const modelRows = table.getRowModel().rows;
  const byIndex = new Map<number, (typeof modelRows)[number]>();
  let cursor = 0;
  for (const v of visible) {
    if (v.row !== undefined) byIndex.set(v.index, modelRows[cursor++]!);
  }

  const template = table
    .getAllLeafColumns()
    .map((c) => (c.columnDef.meta as ColumnMeta | undefined)?.width ?? "1fr")
    .join(" ");

  const activate = (row: T | undefined) => row !== undefined && props.onRowActivate?.(row);
  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate(getRow(index));
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = Math.min(total - 1, Math.max(0, index + (event.key === "ArrowDown" ? 1 : -1)));
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
    }
  };

  return (
    <div className="vtable" role="table" aria-label={props.label} aria-rowcount={total + 1}>
      <div className="vtable-scroll" ref={scroller}>
      <div className="vtable-head" role="rowgroup" ref={head}>
        {table.getHeaderGroups().map((group) => (
          <div key={group.id} className="vtable-row" role="row" style={{ gridTemplateColumns: template }}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const meta = header.column.columnDef.meta as ColumnMeta | undefined;
              const title = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  className={`vtable-cell ${meta?.align === "end" ? "align-end" : ""}`}
                  aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                      title={t("vendors.sortBy", { column: String(header.column.columnDef.id ?? header.id) })}
                    >
                      {title}
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
                      </span>
                    </button>
                  ) : (
                    title
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="vtable-body" role="rowgroup">
        {total === 0 ? (
          <div className="vtable-empty">{props.empty}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize() - headHeight, position: "relative" }}>
            {items.map((item) => {
              const modelRow = byIndex.get(item.index);
              const original = modelRow?.original;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-label={original && props.rowLabel ? props.rowLabel(original) : undefined}
                  tabIndex={0}
                  className={`vtable-row vtable-data ${original && props.rowClassName ? props.rowClassName(original) : ""}`}
                  style={{ gridTemplateColumns: template, height: item.size, transform: `translateY(${item.start - headHeight}px)` }}
                  onClick={() => activate(original)}
                  onKeyDown={(e) => onRowKey(e, item.index)}
                >
                  {modelRow
                    ? modelRow.getVisibleCells().map((cell) => {
                        const meta = cell.column.columnDef.meta as ColumnMeta | undefined;
                        return (
                          <div key={cell.id} role="cell" className={`vtable-cell ${meta?.align === "end" ? "align-end" : ""}`}>
                            {flexRender(cell.column.columnDef.cell, cell.getContext())}
                          </div>
                        );
                      })
                    : columns.map((_, i) => (
                        <div key={i} role="cell" className="vtable-cell">
                          <span className="skeleton" />
                        </div>
                      ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
      </div>
    </div>
  );
}
