// Shared data-map lookups: the taxonomy, subject groups and internal services, cached.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { listCategories, listServices, listSubjects, queryKeys, type DataCategory } from "../../ipc";
import type { Option } from "../../components/MultiSelect";

export function useTaxonomy() {
  const categories = useQuery({ queryKey: queryKeys.categories, queryFn: listCategories, staleTime: 60_000 });
  const subjects = useQuery({ queryKey: queryKeys.subjects, queryFn: listSubjects, staleTime: 60_000 });
  const byKey = useMemo(() => new Map((categories.data ?? []).map((c) => [c.key, c])), [categories.data]);
  const categoryOptions: Option[] = useMemo(
    () => (categories.data ?? []).map((c) => ({ value: c.key, label: c.name, hint: c.key })),
    [categories.data],
  );
  return { categories: categories.data ?? [], subjects: subjects.data ?? [], byKey, categoryOptions, error: categories.error ?? subjects.error };
}

export function useServices() {
  return useQuery({ queryKey: queryKeys.services, queryFn: listServices, staleTime: 60_000 });
}

/** The display name of a category key. */
export function categoryName(byKey: Map<string, DataCategory>, key: string): string {
  return byKey.get(key)?.name ?? key;
}
