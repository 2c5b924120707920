// Rows of a long list fetched page by page from Rust as they scroll into view.
// Only the pages covering the visible range (plus overscan) are requested; any row index can
// be reached directly, so dragging the scrollbar to the middle of 10,000 rows loads one page.
import { useQueries, type QueryKey } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Page } from "../ipc";

export interface VisibleRange {
  start: number;
  end: number;
}

interface Options<T> {
  /** The query key of one page; should include every filter. */
  pageKey: (page: number) => QueryKey;
  /** Fetches rows [offset, offset + limit). */
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>;
  /** Changes whenever filters or sorting change; resets the known total. */
  identity: string;
  pageSize?: number;
}

export function usePagedRows<T>({ pageKey, fetchPage, identity, pageSize = 100 }: Options<T>) {
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 40 });
  const first = Math.floor(range.start / pageSize);
  const last = Math.floor(Math.max(range.end, range.start) / pageSize);
  const pages = useMemo(() => Array.from({ length: last - first + 1 }, (_, i) => first + i), [first, last]);

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: pageKey(page),
      queryFn: () => fetchPage(page * pageSize, pageSize),
      staleTime: 30_000,
    })),
  });

  const knownTotal = useRef<{ identity: string; total: number } | null>(null);
  const loaded = results.find((r) => r.data)?.data;
  if (loaded) knownTotal.current = { identity, total: Number(loaded.total) };
  const total = knownTotal.current?.identity === identity ? knownTotal.current.total : undefined;

  const dataByPage = new Map<number, T[]>();
  results.forEach((r, i) => {
    const page = pages[i];
    if (r.data && page !== undefined) dataByPage.set(page, r.data.items);
  });

  const getRow = (index: number): T | undefined => dataByPage.get(Math.floor(index / pageSize))?.[index % pageSize];

  const updateRange = useCallback((next: VisibleRange) => {
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, []);

  return {
    total,
    getRow,
    setVisibleRange: updateRange,
    isLoading: results.some((r) => r.isLoading),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
