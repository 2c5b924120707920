// Typed wrappers, one per Rust command. Argument names are camelCase, as Tauri expects.
import { call } from "./invoke";
import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditQuery } from "./bindings/AuditQuery";
import type { AuditVerification } from "./bindings/AuditVerification";
import type { Page } from "./bindings/Page";
import type { RecentRegister } from "./bindings/RecentRegister";
import type { ReferenceLists } from "./bindings/ReferenceLists";
import type { RegisterInfo } from "./bindings/RegisterInfo";
import type { Vendor } from "./bindings/Vendor";
import type { VendorDraft } from "./bindings/VendorDraft";
import type { VendorId } from "./bindings/VendorId";
import type { VendorQuery } from "./bindings/VendorQuery";
import type { VendorRow } from "./bindings/VendorRow";

export const registerResume = () => call<RegisterInfo | null>("register_resume");
export const registerRecent = () => call<RecentRegister[]>("register_recent");
export const registerNew = () => call<RegisterInfo>("register_new");
export const registerOpen = (path: string) => call<RegisterInfo>("register_open", { path });
export const registerOpenDialog = () => call<RegisterInfo | null>("register_open_dialog");
export const registerOpenSample = () => call<RegisterInfo>("register_open_sample");
export const registerClose = () => call<void>("register_close");

export const listVendors = (query: VendorQuery) => call<Page<VendorRow>>("vendors_list", { query });
export const getVendor = (vendorId: VendorId) => call<Vendor>("vendor_get", { vendorId });
export const getVendorDraft = (vendorId: VendorId) => call<VendorDraft>("vendor_draft", { vendorId });
export const createVendor = (draft: VendorDraft) => call<Vendor>("vendor_create", { draft });
export const updateVendor = (vendorId: VendorId, draft: VendorDraft) =>
  call<Vendor>("vendor_update", { vendorId, draft });
export const archiveVendor = (vendorId: VendorId) => call<Vendor>("vendor_archive", { vendorId });
export const restoreVendor = (vendorId: VendorId) => call<Vendor>("vendor_restore", { vendorId });
export const referenceData = () => call<ReferenceLists>("reference_data");

export const listAudit = (query: AuditQuery) => call<Page<AuditEntry>>("audit_list", { query });
export const verifyAudit = () => call<AuditVerification>("audit_verify");
