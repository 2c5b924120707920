// Query-cache keys, one family per command. Mutations invalidate by family.
import type { AssessmentId } from "./bindings/AssessmentId";
import type { AuditQuery } from "./bindings/AuditQuery";
import type { IncidentId } from "./bindings/IncidentId";
import type { VendorId } from "./bindings/VendorId";
import type { VendorQuery } from "./bindings/VendorQuery";

export const queryKeys = {
  register: ["register"] as const,
  recent: ["register", "recent"] as const,
  reference: ["reference"] as const,
  vendorsAll: ["vendors"] as const,
  vendorsPage: (query: VendorQuery) => ["vendors", "page", query] as const,
  vendor: (id: VendorId) => ["vendors", "one", id] as const,
  auditAll: ["audit"] as const,
  auditPage: (query: AuditQuery) => ["audit", "page", query] as const,
  auditVerify: ["audit", "verify"] as const,
  dataMapAll: ["datamap"] as const,
  categories: ["datamap", "categories"] as const,
  subjects: ["datamap", "subjects"] as const,
  services: ["datamap", "services"] as const,
  flows: (vendor: VendorId) => ["datamap", "flows", vendor] as const,
  edges: (vendor: VendorId) => ["datamap", "edges", vendor] as const,
  reviews: (vendor: VendorId) => ["datamap", "reviews", vendor] as const,
  blastRadius: (vendor: VendorId, at: string | null, awareAt: string | null) => ["datamap", "blast", vendor, at, awareAt] as const,
  network: (vendor: VendorId, at: string | null) => ["datamap", "network", vendor, at] as const,
  reverse: (query: unknown) => ["datamap", "reverse", query] as const,
  incidentsAll: ["incidents"] as const,
  incident: (id: IncidentId) => ["incidents", "one", id] as const,
  orgProfile: ["org"] as const,
  questionnairesAll: ["questionnaires"] as const,
  templates: ["questionnaires", "templates"] as const,
  template: (id: string, version: number | null) => ["questionnaires", "template", id, version] as const,
  assessments: (vendor: VendorId | null) => ["questionnaires", "assessments", vendor] as const,
  assessment: (id: AssessmentId) => ["questionnaires", "assessment", id] as const,
  findings: (vendor: VendorId | null, assessment: AssessmentId | null) => ["questionnaires", "findings", vendor, assessment] as const,
  diff: (before: AssessmentId, after: AssessmentId) => ["questionnaires", "diff", before, after] as const,
  riskAll: ["risk"] as const,
  dashboard: ["risk", "dashboard"] as const,
  dashboardCell: (likelihood: string, impact: string) => ["risk", "cell", likelihood, impact] as const,
  vendorRisk: (vendor: VendorId) => ["risk", "vendor", vendor] as const,
  rubric: ["risk", "rubric"] as const,
  whatIf: (facts: unknown) => ["risk", "what-if", facts] as const,
  user: ["user"] as const,
};

/** What a change to vendors makes stale: vendor lists and records, the data map (it names
 * vendors), risk, and the audit log. */
export const vendorChangeInvalidates = [queryKeys.vendorsAll, queryKeys.dataMapAll, queryKeys.riskAll, queryKeys.auditAll];

/** What a change to the data map makes stale: every data-map answer, vendors (a list import
 * can create vendors), risk (it reads the data map), and the audit log. */
export const dataMapChangeInvalidates = [queryKeys.dataMapAll, queryKeys.vendorsAll, queryKeys.riskAll, queryKeys.auditAll];

/** What a change to an incident makes stale: incidents and the audit log. */
export const incidentChangeInvalidates = [queryKeys.incidentsAll, queryKeys.auditAll];

/** What a change to the organisation profile makes stale: the profile, every obligation (in
 * blast radii and incidents), and the audit log. */
export const profileChangeInvalidates = [queryKeys.orgProfile, queryKeys.dataMapAll, queryKeys.incidentsAll, queryKeys.auditAll];

/** What a questionnaire change makes stale: templates, assessments, findings, and the audit log. */
export const questionnaireChangeInvalidates = [queryKeys.questionnairesAll, queryKeys.riskAll, queryKeys.auditAll];

/** What a risk change makes stale: every risk answer, findings (acceptances, manual ones),
 * and the audit log. */
export const riskChangeInvalidates = [queryKeys.riskAll, queryKeys.questionnairesAll, queryKeys.auditAll];
