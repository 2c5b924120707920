// The names of the risk domains, as the core gives them (with their ISO/IEC 27001 controls).
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { queryKeys, referenceData } from "../../ipc";

export function useDomainLabel(): (domain: string) => string {
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const domains = reference.data?.domains;
  return useCallback((domain: string) => domains?.find((d) => d.domain === domain)?.label ?? domain, [domains]);
}
