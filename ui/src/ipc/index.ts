// The UI's only door to Rust. Nothing outside src/ipc imports @tauri-apps/*.
export * from "./commands";
export { isIpcError } from "./invoke";
export type { IpcError } from "./invoke";
export { queryKeys, vendorChangeInvalidates } from "./queryKeys";

export type { AuditEntry } from "./bindings/AuditEntry";
export type { AuditQuery } from "./bindings/AuditQuery";
export type { AuditVerification } from "./bindings/AuditVerification";
export type { ContactDraft } from "./bindings/ContactDraft";
export type { FieldError } from "./bindings/FieldError";
export type { LifecycleStatus } from "./bindings/LifecycleStatus";
export type { Money } from "./bindings/Money";
export type { Page } from "./bindings/Page";
export type { RecentRegister } from "./bindings/RecentRegister";
export type { ReferenceLists } from "./bindings/ReferenceLists";
export type { RegisterInfo } from "./bindings/RegisterInfo";
export type { SortDirection } from "./bindings/SortDirection";
export type { Vendor } from "./bindings/Vendor";
export type { VendorCategory } from "./bindings/VendorCategory";
export type { VendorDraft } from "./bindings/VendorDraft";
export type { VendorId } from "./bindings/VendorId";
export type { VendorQuery } from "./bindings/VendorQuery";
export type { VendorRow } from "./bindings/VendorRow";
export type { VendorSortKey } from "./bindings/VendorSortKey";
