// Generated from the IPC table in src-tauri/src/ipc.rs: do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test desktop generated
// One typed wrapper per Rust command. Argument names are camelCase, as Tauri expects.
import { call } from "./invoke";
import type { AcceptanceDraft } from "./bindings/AcceptanceDraft";
import type { AcceptanceStatus } from "./bindings/AcceptanceStatus";
import type { Actor } from "./bindings/Actor";
import type { AnswerShown } from "./bindings/AnswerShown";
import type { AnswerValue } from "./bindings/AnswerValue";
import type { AssessmentDiff } from "./bindings/AssessmentDiff";
import type { AssessmentId } from "./bindings/AssessmentId";
import type { AssessmentStatus } from "./bindings/AssessmentStatus";
import type { AssessmentSummary } from "./bindings/AssessmentSummary";
import type { AssessmentView } from "./bindings/AssessmentView";
import type { AssignDraft } from "./bindings/AssignDraft";
import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditQuery } from "./bindings/AuditQuery";
import type { AuditVerification } from "./bindings/AuditVerification";
import type { BlastRadius } from "./bindings/BlastRadius";
import type { CaiqPreview } from "./bindings/CaiqPreview";
import type { CategoryDraft } from "./bindings/CategoryDraft";
import type { Dashboard } from "./bindings/Dashboard";
import type { DataCategory } from "./bindings/DataCategory";
import type { DataExport } from "./bindings/DataExport";
import type { DataFlow } from "./bindings/DataFlow";
import type { DocumentDraft } from "./bindings/DocumentDraft";
import type { DocumentStatus } from "./bindings/DocumentStatus";
import type { DoraArrangement } from "./bindings/DoraArrangement";
import type { DoraArrangementDraft } from "./bindings/DoraArrangementDraft";
import type { DoraBranch } from "./bindings/DoraBranch";
import type { DoraEntity } from "./bindings/DoraEntity";
import type { DoraEntityDraft } from "./bindings/DoraEntityDraft";
import type { DoraFunction } from "./bindings/DoraFunction";
import type { DoraFunctionDraft } from "./bindings/DoraFunctionDraft";
import type { DoraImportPlan } from "./bindings/DoraImportPlan";
import type { DoraProvider } from "./bindings/DoraProvider";
import type { DoraProviderDraft } from "./bindings/DoraProviderDraft";
import type { DoraReadiness } from "./bindings/DoraReadiness";
import type { DoraRecords } from "./bindings/DoraRecords";
import type { DoraSettings } from "./bindings/DoraSettings";
import type { EdgeDraft } from "./bindings/EdgeDraft";
import type { EdgeId } from "./bindings/EdgeId";
import type { Edit } from "./bindings/Edit";
import type { ExportDone } from "./bindings/ExportDone";
import type { FieldInfo } from "./bindings/FieldInfo";
import type { Finding } from "./bindings/Finding";
import type { FindingDraft } from "./bindings/FindingDraft";
import type { FindingId } from "./bindings/FindingId";
import type { FindingUpdate } from "./bindings/FindingUpdate";
import type { FlowDraft } from "./bindings/FlowDraft";
import type { FlowId } from "./bindings/FlowId";
import type { IncidentDraft } from "./bindings/IncidentDraft";
import type { IncidentId } from "./bindings/IncidentId";
import type { IncidentStatus } from "./bindings/IncidentStatus";
import type { IncidentSummary } from "./bindings/IncidentSummary";
import type { IncidentView } from "./bindings/IncidentView";
import type { InternalService } from "./bindings/InternalService";
import type { InternalServiceId } from "./bindings/InternalServiceId";
import type { Language } from "./bindings/Language";
import type { Level } from "./bindings/Level";
import type { ListInput } from "./bindings/ListInput";
import type { ListOptions } from "./bindings/ListOptions";
import type { OrgProfile } from "./bindings/OrgProfile";
import type { OrgProfileDraft } from "./bindings/OrgProfileDraft";
import type { Page } from "./bindings/Page";
import type { PickKind } from "./bindings/PickKind";
import type { RecentRegister } from "./bindings/RecentRegister";
import type { RecentTeamRegister } from "./bindings/RecentTeamRegister";
import type { ReferenceLists } from "./bindings/ReferenceLists";
import type { RegisterHealth } from "./bindings/RegisterHealth";
import type { RegisterInfo } from "./bindings/RegisterInfo";
import type { ReportTarget } from "./bindings/ReportTarget";
import type { RestoreDone } from "./bindings/RestoreDone";
import type { ReverseLookup } from "./bindings/ReverseLookup";
import type { ReverseQuery } from "./bindings/ReverseQuery";
import type { ReviewStatus } from "./bindings/ReviewStatus";
import type { RiskAcceptance } from "./bindings/RiskAcceptance";
import type { RiskFacts } from "./bindings/RiskFacts";
import type { RiskProfile } from "./bindings/RiskProfile";
import type { RiskProfileDraft } from "./bindings/RiskProfileDraft";
import type { RiskResult } from "./bindings/RiskResult";
import type { RiskSnapshot } from "./bindings/RiskSnapshot";
import type { Rubric } from "./bindings/Rubric";
import type { ServerAddress } from "./bindings/ServerAddress";
import type { ServiceDraft } from "./bindings/ServiceDraft";
import type { StagedFile } from "./bindings/StagedFile";
import type { SubjectDraft } from "./bindings/SubjectDraft";
import type { SubjectGroup } from "./bindings/SubjectGroup";
import type { SubprocessorPreview } from "./bindings/SubprocessorPreview";
import type { Template } from "./bindings/Template";
import type { TemplateInfo } from "./bindings/TemplateInfo";
import type { TemplatePreview } from "./bindings/TemplatePreview";
import type { UiLocale } from "./bindings/UiLocale";
import type { Vendor } from "./bindings/Vendor";
import type { VendorDraft } from "./bindings/VendorDraft";
import type { VendorEdge } from "./bindings/VendorEdge";
import type { VendorId } from "./bindings/VendorId";
import type { VendorImportOptions } from "./bindings/VendorImportOptions";
import type { VendorImportPreview } from "./bindings/VendorImportPreview";
import type { VendorNetwork } from "./bindings/VendorNetwork";
import type { VendorQuery } from "./bindings/VendorQuery";
import type { VendorRiskRow } from "./bindings/VendorRiskRow";
import type { VendorRiskView } from "./bindings/VendorRiskView";
import type { VendorRow } from "./bindings/VendorRow";
import type { WorkbookPreview } from "./bindings/WorkbookPreview";

/** The open register; at the app's first start, the last one reopened. */
export const registerResume = () =>
  call<RegisterInfo | null>("register_resume");

export const registerRecent = () =>
  call<Array<RecentRegister>>("register_recent");

/** A new register in the app-data folder; encrypted with `passphrase` if one is given. */
export const registerNew = (passphrase: string | null) =>
  call<RegisterInfo>("register_new", { passphrase });

/** Opens the encrypted register the last open attempt held back (`passphrase_needed`). */
export const registerUnlock = (passphrase: string) =>
  call<RegisterInfo>("register_unlock", { passphrase });

/** Encrypts (new only), changes the passphrase (both) or decrypts (current only) the open register. */
export const changeEncryption = (current: string | null, next: string | null) =>
  call<RegisterInfo>("register_encryption", { current, next });

export const registerOpen = (path: string) =>
  call<RegisterInfo>("register_open", { path });

export const registerOpenDialog = () =>
  call<RegisterInfo | null>("register_open_dialog");

/** `financialEntity`: the sample as Kestrel Payments, with a complete DORA Register of Information. */
export const registerOpenSample = (financialEntity: boolean) =>
  call<RegisterInfo>("register_open_sample", { financialEntity });

export const registerClose = () =>
  call<null>("register_close");

/** Picks the certificate authority file for the next connection; its name. */
export const pickTeamCa = () =>
  call<string | null>("team_pick_ca");

/**
 * Connects to a team register, signing in with `password` (kept only in the system
 * keyring, and only if `keep_password`).
 */
export const connectTeam = (address: ServerAddress, useCa: boolean, password: string, keepPassword: boolean) =>
  call<RegisterInfo>("team_connect", { address, useCa, password, keepPassword });

export const teamRecent = () =>
  call<Array<RecentTeamRegister>>("team_recent");

export const connectTeamRecent = (index: number, password: string, keepPassword: boolean) =>
  call<RegisterInfo>("team_connect_recent", { index, password, keepPassword });

/** The background check of the open register: the whole file's integrity and the audit chain. */
export const registerHealth = () =>
  call<RegisterHealth>("register_health");

export const getUser = () =>
  call<Actor>("user_get");

/** Changes the local user profile; reopens the open register as that user. */
export const setUser = (actor: Actor) =>
  call<RegisterInfo | null>("user_set", { actor });

/** Asks for a backup and puts it in place of the open register after checking it. */
export const restoreBackup = () =>
  call<RestoreDone | null>("backup_restore");

export const getBackupKeep = () =>
  call<number>("backup_keep_get");

export const setBackupKeep = (keep: number) =>
  call<number>("backup_keep_set", { keep });

/** The window's language and date order: the system's, or the one chosen in the app. */
export const getLocale = () =>
  call<UiLocale>("locale_get");

/** Chooses the window's language (`None`: the system's again); the open register explains itself in it. */
export const setLocale = (language: Language | null) =>
  call<UiLocale>("locale_set", { language });

/** Stops a piece of long work (named by its progress events) at its next step. */
export const cancelWork = (work: number) =>
  call<boolean>("work_cancel", { work });

export const listVendors = (query: VendorQuery) =>
  call<Page<VendorRow>>("vendors_list", { query });

export const getVendor = (vendorId: VendorId) =>
  call<Vendor>("vendor_get", { vendorId });

export const getVendorEdit = (vendorId: VendorId) =>
  call<Edit<VendorDraft>>("vendor_edit", { vendorId });

export const createVendor = (draft: VendorDraft) =>
  call<Vendor>("vendor_create", { draft });

export const updateVendor = (vendorId: VendorId, edit: Edit<VendorDraft>) =>
  call<Vendor>("vendor_update", { vendorId, edit });

export const archiveVendor = (vendorId: VendorId) =>
  call<Vendor>("vendor_archive", { vendorId });

export const restoreVendor = (vendorId: VendorId) =>
  call<Vendor>("vendor_restore", { vendorId });

export const referenceData = () =>
  call<ReferenceLists>("reference_data");

export const listAudit = (query: AuditQuery) =>
  call<Page<AuditEntry>>("audit_list", { query });

export const verifyAudit = () =>
  call<AuditVerification>("audit_verify");

export const listCategories = () =>
  call<Array<DataCategory>>("taxonomy_categories");

export const createCategory = (draft: CategoryDraft) =>
  call<DataCategory>("category_create", { draft });

export const listSubjects = () =>
  call<Array<SubjectGroup>>("taxonomy_subjects");

export const createSubject = (draft: SubjectDraft) =>
  call<SubjectGroup>("subject_create", { draft });

export const listServices = () =>
  call<Array<InternalService>>("services_list");

export const createService = (draft: ServiceDraft) =>
  call<InternalService>("service_create", { draft });

export const getServiceEdit = (serviceId: InternalServiceId) =>
  call<Edit<ServiceDraft>>("service_edit", { serviceId });

export const updateService = (serviceId: InternalServiceId, edit: Edit<ServiceDraft>) =>
  call<InternalService>("service_update", { serviceId, edit });

export const listFlows = (vendorId: VendorId) =>
  call<Array<DataFlow>>("flows_list", { vendorId });

export const addFlow = (vendorId: VendorId, draft: FlowDraft) =>
  call<DataFlow>("flow_add", { vendorId, draft });

export const getFlowEdit = (flowId: FlowId) =>
  call<Edit<FlowDraft>>("flow_edit", { flowId });

export const updateFlow = (flowId: FlowId, edit: Edit<FlowDraft>) =>
  call<DataFlow>("flow_update", { flowId, edit });

export const endFlow = (flowId: FlowId, lastDay: string) =>
  call<DataFlow>("flow_end", { flowId, lastDay });

export const listEdges = (vendorId: VendorId) =>
  call<Array<VendorEdge>>("edges_list", { vendorId });

export const addEdge = (vendorId: VendorId, draft: EdgeDraft) =>
  call<VendorEdge>("edge_add", { vendorId, draft });

export const endEdge = (edgeId: EdgeId, lastDay: string) =>
  call<VendorEdge>("edge_end", { edgeId, lastDay });

export const reverseLookup = (query: ReverseQuery) =>
  call<ReverseLookup>("lookup_reverse", { query });

/**
 * `awareAt`: when we became aware (local date-time in the organisation's zone, or RFC 3339;
 * null: now); the notification deadlines run from it.
 */
export const blastRadius = (vendorId: VendorId, at: string | null, awareAt: string | null) =>
  call<BlastRadius>("blast_radius", { vendorId, at, awareAt });

export const vendorNetwork = (vendorId: VendorId, at: string | null) =>
  call<VendorNetwork>("vendor_network", { vendorId, at });

export const vendorReviews = (vendorId: VendorId) =>
  call<Array<string>>("vendor_reviews", { vendorId });

/**
 * The list is pasted `text` or a staged file (`token`); `options`: how to read its columns
 * (null: as this vendor's list was last read).
 */
export const previewSubprocessors = (vendorId: VendorId, list: ListInput, options: ListOptions | null) =>
  call<SubprocessorPreview>("subprocessors_preview", { vendorId, list, options });

/**
 * Imports the list; given the preview's `basis`, refused (`conflict`) if the register
 * changed since in a way that changes what the import does.
 */
export const importSubprocessors = (vendorId: VendorId, list: ListInput, options: ListOptions | null, basis: string | null) =>
  call<SubprocessorPreview>("subprocessors_import", { vendorId, list, options, basis });

export const getOrgProfile = () =>
  call<OrgProfile>("org_profile_get");

export const getOrgProfileEdit = () =>
  call<Edit<OrgProfileDraft>>("org_profile_edit");

export const saveOrgProfile = (edit: Edit<OrgProfileDraft>) =>
  call<OrgProfile>("org_profile_save", { edit });

export const listIncidents = () =>
  call<Array<IncidentSummary>>("incidents_list");

export const getIncident = (incidentId: IncidentId) =>
  call<IncidentView>("incident_get", { incidentId });

export const getIncidentEdit = (incidentId: IncidentId) =>
  call<Edit<IncidentDraft>>("incident_edit", { incidentId });

export const openIncident = (vendorId: VendorId, draft: IncidentDraft) =>
  call<IncidentView>("incident_open", { vendorId, draft });

export const updateIncident = (incidentId: IncidentId, edit: Edit<IncidentDraft>) =>
  call<IncidentView>("incident_update", { incidentId, edit });

export const assessIncident = (incidentId: IncidentId, key: string, answer: boolean, note: string) =>
  call<IncidentView>("incident_assess", { incidentId, key, answer, note });

export const markStepDone = (incidentId: IncidentId, ruleId: string, doneAt: string, note: string) =>
  call<IncidentView>("incident_step_done", { incidentId, ruleId, doneAt, note });

export const addIncidentNote = (incidentId: IncidentId, at: string, text: string) =>
  call<IncidentView>("incident_note", { incidentId, at, text });

export const setIncidentStatus = (incidentId: IncidentId, status: IncidentStatus) =>
  call<IncidentView>("incident_status", { incidentId, status });

export const getDoraRecords = () =>
  call<DoraRecords>("dora_records");

export const getDoraReferenceDate = () =>
  call<string>("dora_reference_date");

export const getDoraFields = () =>
  call<Array<FieldInfo>>("dora_fields");

/** `refDate`: YYYY-MM-DD, the 31 December reported. */
export const getDoraReadiness = (refDate: string) =>
  call<DoraReadiness>("dora_readiness", { refDate });

export const saveDoraSettings = (settings: DoraSettings) =>
  call<DoraSettings>("dora_settings_save", { settings });

export const saveDoraEntity = (draft: DoraEntityDraft) =>
  call<DoraEntity>("dora_entity_save", { draft });

export const saveDoraBranch = (draft: DoraBranch) =>
  call<DoraBranch>("dora_branch_save", { draft });

export const saveDoraFunction = (draft: DoraFunctionDraft) =>
  call<DoraFunction>("dora_function_save", { draft });

export const saveDoraProvider = (vendorId: VendorId, draft: DoraProviderDraft) =>
  call<DoraProvider>("dora_provider_save", { vendorId, draft });

export const saveDoraArrangement = (draft: DoraArrangementDraft) =>
  call<DoraArrangement>("dora_arrangement_save", { draft });

/** Refused (`conflict`) while the package has errors, unless `force`. */
export const exportDora = (refDate: string, force: boolean) =>
  call<ExportDone | null>("dora_export", { refDate, force });

export const previewDoraImport = (token: number) =>
  call<DoraImportPlan>("dora_import_preview", { token });

export const importDora = (token: number) =>
  call<DoraImportPlan>("dora_import_commit", { token });

/** Asks for a file with the system dialog; Rust holds it and returns a token for the next call. */
export const pickFile = (kind: PickKind) =>
  call<StagedFile | null>("file_pick", { kind });

export const listTemplates = () =>
  call<Array<TemplateInfo>>("questionnaire_templates");

export const getTemplate = (id: string, version: number | null) =>
  call<Template>("questionnaire_template", { id, version });

export const saveTemplate = (template: Template) =>
  call<TemplateInfo>("template_save", { template });

export const importTemplate = (token: number) =>
  call<TemplateInfo>("template_import", { token });

export const exportTemplate = (id: string, version: number | null) =>
  call<string | null>("template_export", { id, version });

export const previewTemplate = (template: Template, answers: { [key in string]: AnswerValue }) =>
  call<TemplatePreview>("template_preview", { template, answers });

export const listAssessments = (vendorId: VendorId | null) =>
  call<Array<AssessmentSummary>>("assessments_list", { vendorId });

export const getAssessment = (assessmentId: AssessmentId) =>
  call<AssessmentView>("assessment_get", { assessmentId });

export const assignQuestionnaire = (vendorId: VendorId, draft: AssignDraft) =>
  call<AssessmentView>("assessment_assign", { vendorId, draft });

export const saveAnswer = (assessmentId: AssessmentId, questionId: string, value: AnswerValue | null, comment: string, shown: AnswerShown) =>
  call<AssessmentView>("answer_save", { assessmentId, questionId, value, comment, shown });

export const saveAnswerText = (assessmentId: AssessmentId, questionId: string, text: string, comment: string, shown: AnswerShown) =>
  call<AssessmentView>("answer_save_text", { assessmentId, questionId, text, comment, shown });

export const attachEvidence = (assessmentId: AssessmentId, questionId: string, token: number) =>
  call<AssessmentView>("evidence_attach", { assessmentId, questionId, token });

export const detachEvidence = (assessmentId: AssessmentId, questionId: string, sha256: string) =>
  call<AssessmentView>("evidence_detach", { assessmentId, questionId, sha256 });

export const saveEvidenceCopy = (sha256: string, fileName: string) =>
  call<string | null>("evidence_save", { sha256, fileName });

export const setAssessmentStatus = (assessmentId: AssessmentId, status: AssessmentStatus, reason: string) =>
  call<AssessmentView>("assessment_status", { assessmentId, status, reason });

export const exportWorkbook = (assessmentId: AssessmentId, language: Language | null) =>
  call<string | null>("workbook_export", { assessmentId, language });

/**
 * Reads the staged workbook; writes its answers only with `commit`, and then, given the
 * preview's `basis`, only if the assessment did not change since.
 */
export const importWorkbook = (assessmentId: AssessmentId, token: number, commit: boolean, basis: string | null) =>
  call<WorkbookPreview>("workbook_import", { assessmentId, token, commit, basis });

export const importCaiq = (vendorId: VendorId, token: number, commit: boolean) =>
  call<CaiqPreview>("caiq_import", { vendorId, token, commit });

export const importHecvat = (vendorId: VendorId, token: number, commit: boolean) =>
  call<CaiqPreview>("hecvat_import", { vendorId, token, commit });

export const diffAssessments = (before: AssessmentId, after: AssessmentId) =>
  call<AssessmentDiff>("assessment_diff", { before, after });

export const listFindings = (vendorId: VendorId | null, assessmentId: AssessmentId | null) =>
  call<Array<Finding>>("findings_list", { vendorId, assessmentId });

export const getFindingEdit = (findingId: FindingId) =>
  call<Edit<FindingUpdate>>("finding_edit", { findingId });

export const updateFinding = (findingId: FindingId, edit: Edit<FindingUpdate>) =>
  call<Finding>("finding_update", { findingId, edit });

export const getRubricEdit = () =>
  call<Edit<Rubric>>("risk_rubric_edit");

export const saveRubric = (edit: Edit<Rubric>) =>
  call<Rubric>("risk_rubric_save", { edit });

export const getVendorRisk = (vendorId: VendorId) =>
  call<VendorRiskView>("vendor_risk", { vendorId });

export const riskWhatIf = (facts: RiskFacts) =>
  call<RiskResult>("risk_what_if", { facts });

export const getRiskProfileEdit = (vendorId: VendorId) =>
  call<Edit<RiskProfileDraft>>("risk_profile_edit", { vendorId });

export const saveRiskProfile = (vendorId: VendorId, edit: Edit<RiskProfileDraft>) =>
  call<RiskProfile>("risk_profile_save", { vendorId, edit });

export const assessRisk = (vendorId: VendorId) =>
  call<RiskSnapshot>("risk_assess", { vendorId });

export const assessAllRisks = () =>
  call<number>("risk_assess_all");

export const getDashboard = () =>
  call<Dashboard>("dashboard_get");

export const dashboardCell = (likelihood: Level, impact: Level) =>
  call<Array<VendorRiskRow>>("dashboard_cell", { likelihood, impact });

export const reviewsDue = () =>
  call<Array<ReviewStatus>>("reviews_due");

export const addDocument = (vendorId: VendorId, draft: DocumentDraft, token: number | null) =>
  call<DocumentStatus>("document_add", { vendorId, draft, token });

export const listDocuments = (vendorId: VendorId | null) =>
  call<Array<DocumentStatus>>("documents_list", { vendorId });

export const acceptRisk = (vendorId: VendorId, draft: AcceptanceDraft) =>
  call<AcceptanceStatus>("acceptance_add", { vendorId, draft });

export const listAcceptances = (vendorId: VendorId | null) =>
  call<Array<AcceptanceStatus>>("acceptances_list", { vendorId });

export const revokeAcceptance = (acceptanceId: number) =>
  call<RiskAcceptance>("acceptance_revoke", { acceptanceId });

export const addFinding = (vendorId: VendorId, draft: FindingDraft) =>
  call<Finding>("finding_add", { vendorId, draft });

export const attachFindingEvidence = (findingId: FindingId, token: number) =>
  call<Finding>("finding_attach", { findingId, token });

/** Asks where to save, renders the PDF in `language` (`None`: the window's; progress as `work-progress` events), writes it. */
export const exportReport = (target: ReportTarget, language: Language | null) =>
  call<ExportDone | null>("report_export", { target, language });

export const exportData = (kind: DataExport) =>
  call<ExportDone | null>("data_export", { kind });

/** Opens a file an export wrote this session in the system viewer. */
export const openExport = (path: string) =>
  call<null>("export_open", { path });

/** Asks where to save an online backup of the open register, and writes it. */
export const backupNow = () =>
  call<ExportDone | null>("backup_now");

export const previewVendorImport = (token: number, options: VendorImportOptions | null) =>
  call<VendorImportPreview>("vendor_import_preview", { token, options });

/**
 * Imports every row or none; given the preview's `basis`, refused (`conflict`) if the
 * register changed since in a way that changes what the import does.
 */
export const commitVendorImport = (token: number, options: VendorImportOptions, basis: string | null) =>
  call<VendorImportPreview>("vendor_import_commit", { token, options, basis });
