// Generated from the IPC table in src-tauri/src/ipc.rs: do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test desktop generated
import type { QueryFamily } from "./bindings/QueryFamily";

/** Every command the UI may call. */
export type Command =
  | "register_resume"
  | "register_recent"
  | "register_new"
  | "register_unlock"
  | "register_encryption"
  | "register_open"
  | "register_open_dialog"
  | "register_open_sample"
  | "register_close"
  | "team_pick_ca"
  | "team_connect"
  | "team_recent"
  | "team_connect_recent"
  | "register_health"
  | "user_get"
  | "user_set"
  | "backup_restore"
  | "backup_keep_get"
  | "backup_keep_set"
  | "locale_get"
  | "locale_set"
  | "work_cancel"
  | "vendors_list"
  | "vendor_get"
  | "vendor_edit"
  | "vendor_create"
  | "vendor_update"
  | "vendor_archive"
  | "vendor_restore"
  | "reference_data"
  | "audit_list"
  | "audit_verify"
  | "taxonomy_categories"
  | "category_create"
  | "taxonomy_subjects"
  | "subject_create"
  | "services_list"
  | "service_create"
  | "service_edit"
  | "service_update"
  | "flows_list"
  | "flow_add"
  | "flow_edit"
  | "flow_update"
  | "flow_end"
  | "edges_list"
  | "edge_add"
  | "edge_end"
  | "lookup_reverse"
  | "blast_radius"
  | "vendor_network"
  | "vendor_reviews"
  | "subprocessors_preview"
  | "subprocessors_import"
  | "org_profile_get"
  | "org_profile_edit"
  | "org_profile_save"
  | "incidents_list"
  | "incident_get"
  | "incident_edit"
  | "incident_open"
  | "incident_update"
  | "incident_assess"
  | "incident_step_done"
  | "incident_note"
  | "incident_status"
  | "dora_records"
  | "dora_reference_date"
  | "dora_fields"
  | "dora_readiness"
  | "dora_settings_save"
  | "dora_entity_save"
  | "dora_branch_save"
  | "dora_function_save"
  | "dora_provider_save"
  | "dora_arrangement_save"
  | "dora_export"
  | "dora_import_preview"
  | "dora_import_commit"
  | "file_pick"
  | "questionnaire_templates"
  | "questionnaire_template"
  | "template_save"
  | "template_import"
  | "template_export"
  | "template_preview"
  | "assessments_list"
  | "assessment_get"
  | "assessment_assign"
  | "answer_save"
  | "answer_save_text"
  | "evidence_attach"
  | "evidence_detach"
  | "evidence_save"
  | "assessment_status"
  | "workbook_export"
  | "workbook_import"
  | "caiq_import"
  | "hecvat_import"
  | "assessment_diff"
  | "findings_list"
  | "finding_edit"
  | "finding_update"
  | "risk_rubric_edit"
  | "risk_rubric_save"
  | "vendor_risk"
  | "risk_what_if"
  | "risk_profile_edit"
  | "risk_profile_save"
  | "risk_assess"
  | "risk_assess_all"
  | "dashboard_get"
  | "dashboard_cell"
  | "reviews_due"
  | "document_add"
  | "documents_list"
  | "acceptance_add"
  | "acceptances_list"
  | "acceptance_revoke"
  | "finding_add"
  | "finding_attach"
  | "report_export"
  | "data_export"
  | "export_open"
  | "backup_now"
  | "vendor_import_preview"
  | "vendor_import_commit"
;

/** The query families each command's success makes stale. */
export const staleAfter: Record<Command, readonly QueryFamily[]> = {
  register_resume: [],
  register_recent: [],
  register_new: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  register_unlock: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  register_encryption: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  register_open: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  register_open_dialog: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  register_open_sample: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  register_close: [],
  team_pick_ca: [],
  team_connect: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  team_recent: [],
  team_connect_recent: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  register_health: [],
  user_get: [],
  user_set: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  backup_restore: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  backup_keep_get: [],
  backup_keep_set: ["settings"],
  locale_get: [],
  locale_set: ["register", "reference", "vendors", "audit", "datamap", "health", "incidents", "org", "questionnaires", "risk", "user", "settings", "dora"],
  work_cancel: [],
  vendors_list: [],
  vendor_get: [],
  vendor_edit: [],
  vendor_create: ["vendors", "datamap", "risk", "audit", "dora"],
  vendor_update: ["vendors", "datamap", "risk", "audit", "dora"],
  vendor_archive: ["vendors", "datamap", "risk", "audit", "dora"],
  vendor_restore: ["vendors", "datamap", "risk", "audit", "dora"],
  reference_data: [],
  audit_list: [],
  audit_verify: [],
  taxonomy_categories: [],
  category_create: ["datamap", "reference", "risk", "audit"],
  taxonomy_subjects: [],
  subject_create: ["datamap", "reference", "risk", "audit"],
  services_list: [],
  service_create: ["datamap", "vendors", "risk", "audit", "dora"],
  service_edit: [],
  service_update: ["datamap", "vendors", "risk", "audit", "dora"],
  flows_list: [],
  flow_add: ["datamap", "vendors", "risk", "audit", "dora"],
  flow_edit: [],
  flow_update: ["datamap", "vendors", "risk", "audit", "dora"],
  flow_end: ["datamap", "vendors", "risk", "audit", "dora"],
  edges_list: [],
  edge_add: ["datamap", "vendors", "risk", "audit", "dora"],
  edge_end: ["datamap", "vendors", "risk", "audit", "dora"],
  lookup_reverse: [],
  blast_radius: [],
  vendor_network: [],
  vendor_reviews: [],
  subprocessors_preview: [],
  subprocessors_import: ["datamap", "vendors", "risk", "audit", "dora"],
  org_profile_get: [],
  org_profile_edit: [],
  org_profile_save: ["org", "datamap", "incidents", "audit", "dora"],
  incidents_list: [],
  incident_get: [],
  incident_edit: [],
  incident_open: ["incidents", "audit"],
  incident_update: ["incidents", "audit"],
  incident_assess: ["incidents", "audit"],
  incident_step_done: ["incidents", "audit"],
  incident_note: ["incidents", "audit"],
  incident_status: ["incidents", "audit"],
  dora_records: [],
  dora_reference_date: [],
  dora_fields: [],
  dora_readiness: [],
  dora_settings_save: ["dora", "vendors", "audit"],
  dora_entity_save: ["dora", "vendors", "audit"],
  dora_branch_save: ["dora", "vendors", "audit"],
  dora_function_save: ["dora", "vendors", "audit"],
  dora_provider_save: ["dora", "vendors", "audit"],
  dora_arrangement_save: ["dora", "vendors", "audit"],
  dora_export: [],
  dora_import_preview: [],
  dora_import_commit: ["dora", "vendors", "audit"],
  file_pick: [],
  questionnaire_templates: [],
  questionnaire_template: [],
  template_save: ["questionnaires", "risk", "audit"],
  template_import: ["questionnaires", "risk", "audit"],
  template_export: [],
  template_preview: [],
  assessments_list: [],
  assessment_get: [],
  assessment_assign: ["questionnaires", "risk", "audit"],
  answer_save: ["questionnaires", "risk", "audit"],
  answer_save_text: ["questionnaires", "risk", "audit"],
  evidence_attach: ["questionnaires", "risk", "audit"],
  evidence_detach: ["questionnaires", "risk", "audit"],
  evidence_save: [],
  assessment_status: ["questionnaires", "risk", "audit"],
  workbook_export: [],
  workbook_import: ["questionnaires", "risk", "audit"],
  caiq_import: ["questionnaires", "risk", "audit"],
  hecvat_import: ["questionnaires", "risk", "audit"],
  assessment_diff: [],
  findings_list: [],
  finding_edit: [],
  finding_update: ["questionnaires", "risk", "audit"],
  risk_rubric_edit: [],
  risk_rubric_save: ["risk", "questionnaires", "audit"],
  vendor_risk: [],
  risk_what_if: [],
  risk_profile_edit: [],
  risk_profile_save: ["risk", "questionnaires", "audit"],
  risk_assess: ["risk", "questionnaires", "audit"],
  risk_assess_all: ["risk", "questionnaires", "audit"],
  dashboard_get: [],
  dashboard_cell: [],
  reviews_due: [],
  document_add: ["risk", "questionnaires", "audit"],
  documents_list: [],
  acceptance_add: ["risk", "questionnaires", "audit"],
  acceptances_list: [],
  acceptance_revoke: ["risk", "questionnaires", "audit"],
  finding_add: ["risk", "questionnaires", "audit"],
  finding_attach: ["risk", "questionnaires", "audit"],
  report_export: [],
  data_export: [],
  export_open: [],
  backup_now: [],
  vendor_import_preview: [],
  vendor_import_commit: ["vendors", "datamap", "risk", "audit", "dora"],
};
