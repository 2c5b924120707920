// Whether the signed-in role may change an area. The core enforces it; the UI only hides
// what would be refused.
import { useQuery } from "@tanstack/react-query";
import { queryKeys, registerResume, type Area } from "../ipc";

export function useCan(area: Area): boolean {
  const info = useQuery({ queryKey: queryKeys.register, queryFn: registerResume, staleTime: Infinity });
  return info.data?.mayChange.includes(area) ?? false;
}
