// Query-cache keys, one family per command. Mutations invalidate by family.
import type { AuditQuery } from "./bindings/AuditQuery";
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
};

/** What a change to vendors makes stale: vendor lists and records, and the audit log. */
export const vendorChangeInvalidates = [queryKeys.vendorsAll, queryKeys.auditAll];
