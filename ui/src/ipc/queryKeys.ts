// Query-cache keys. Each key starts with its family (a QueryFamily of the IPC table), so a
// command's success invalidates exactly the families the table names for it.
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { QueryFamily } from "./bindings/QueryFamily";
import { staleAfter, type Command } from "./stale";
import type { AssessmentId } from "./bindings/AssessmentId";
import type { AuditQuery } from "./bindings/AuditQuery";
import type { IncidentId } from "./bindings/IncidentId";
import type { VendorId } from "./bindings/VendorId";
import type { VendorQuery } from "./bindings/VendorQuery";

/** A key's first element: a family the table knows. */
const family = <F extends QueryFamily>(name: F) => [name] as const;

export const queryKeys = {
  register: [...family("register")] as const,
  recent: [...family("register"), "recent"] as const,
  teamRecent: [...family("register"), "team-recent"] as const,
  reference: [...family("reference")] as const,
  vendorsAll: [...family("vendors")] as const,
  vendorsPage: (query: VendorQuery) => [...family("vendors"), "page", query] as const,
  vendor: (id: VendorId) => [...family("vendors"), "one", id] as const,
  auditAll: [...family("audit")] as const,
  auditPage: (query: AuditQuery) => [...family("audit"), "page", query] as const,
  auditVerify: [...family("audit"), "verify"] as const,
  dataMapAll: [...family("datamap")] as const,
  categories: [...family("datamap"), "categories"] as const,
  subjects: [...family("datamap"), "subjects"] as const,
  services: [...family("datamap"), "services"] as const,
  flows: (vendor: VendorId) => [...family("datamap"), "flows", vendor] as const,
  edges: (vendor: VendorId) => [...family("datamap"), "edges", vendor] as const,
  reviews: (vendor: VendorId) => [...family("datamap"), "reviews", vendor] as const,
  blastRadius: (vendor: VendorId, at: string | null, awareAt: string | null) => [...family("datamap"), "blast", vendor, at, awareAt] as const,
  network: (vendor: VendorId, at: string | null) => [...family("datamap"), "network", vendor, at] as const,
  reverse: (query: unknown) => [...family("datamap"), "reverse", query] as const,
  incidentsAll: [...family("incidents")] as const,
  incident: (id: IncidentId) => [...family("incidents"), "one", id] as const,
  orgProfile: [...family("org")] as const,
  questionnairesAll: [...family("questionnaires")] as const,
  templates: [...family("questionnaires"), "templates"] as const,
  template: (id: string, version: number | null) => [...family("questionnaires"), "template", id, version] as const,
  assessments: (vendor: VendorId | null) => [...family("questionnaires"), "assessments", vendor] as const,
  assessment: (id: AssessmentId) => [...family("questionnaires"), "assessment", id] as const,
  findings: (vendor: VendorId | null, assessment: AssessmentId | null) => [...family("questionnaires"), "findings", vendor, assessment] as const,
  diff: (before: AssessmentId, after: AssessmentId) => [...family("questionnaires"), "diff", before, after] as const,
  riskAll: [...family("risk")] as const,
  dashboard: [...family("risk"), "dashboard"] as const,
  dashboardCell: (likelihood: string, impact: string) => [...family("risk"), "cell", likelihood, impact] as const,
  vendorRisk: (vendor: VendorId) => [...family("risk"), "vendor", vendor] as const,
  rubric: [...family("risk"), "rubric"] as const,
  whatIf: (facts: unknown) => [...family("risk"), "what-if", facts] as const,
  user: [...family("user")] as const,
  health: (path: string | null) => [...family("health"), path] as const,
  backupKeep: [...family("settings"), "backup-keep"] as const,
  locale: [...family("settings"), "locale"] as const,
  doraRecords: [...family("dora"), "records"] as const,
  doraFields: [...family("dora"), "fields"] as const,
  doraReferenceDate: [...family("dora"), "reference-date"] as const,
  doraReadiness: (refDate: string) => [...family("dora"), "readiness", refDate] as const,
};

/** Marks stale what `command`'s success made stale: the families the IPC table names for it
 * (src-tauri/src/ipc.rs), except the queries `keep` says to leave alone. */
export function invalidateAfter(client: QueryClient, command: Command, keep?: (key: QueryKey) => boolean) {
  for (const stale of staleAfter[command]) {
    void client.invalidateQueries({ queryKey: [stale], predicate: keep ? (query) => !keep(query.queryKey) : undefined });
  }
}

/** Marks stale everything read from the register, after someone else changed it (another
 * person on a team register, the CLI on the same file). Not the open register's facts, the
 * user's settings, the background health check, or a verification of the whole audit log
 * (the audit screen verifies again on request). */
export function refreshRegisterData(client: QueryClient) {
  const kept = new Set<string>(["register", "user", "settings", "health"]);
  void client.invalidateQueries({
    predicate: (query) => {
      const [family, part] = query.queryKey as readonly unknown[];
      return !kept.has(String(family)) && !(family === "audit" && part === "verify");
    },
  });
}
