//! The IPC surface, declared once: every command the UI may call, its arguments and result,
//! the name of its TypeScript wrapper, and the query families a successful call makes stale.
//!
//! From [`ipc_commands!`]'s table come the handler list ([`handler`]), the TypeScript wrappers
//! (`ui/src/ipc/commands.ts`), the invalidation map (`ui/src/ipc/stale.ts`) and the list of
//! bindings to export. Each entry is checked against its command's real signature when this
//! crate compiles, and `tests/bindings.rs` fails when the generated files are stale.
//!
//! An entry reads `fn module::command [context] (args) -> Result = wrapperName, stale FAMILIES;`
//! where `async` replaces `fn` for an async command, and the context lists what the command takes
//! before its arguments, in order: `app` (the `AppHandle`), `state` (the `AppState`).

use std::collections::BTreeSet;

use serde::Serialize;
use ts_rs::{Config, ExportError, TS, TypeVisitor};

use crate::commands::datamap::ListInput;
use crate::commands::exports::{DataExport, ExportDone, ReportTarget};
use crate::commands::locale::UiLocale;
use crate::commands::questionnaires::{PickKind, TemplatePreview};
use crate::commands::register::RestoreDone;
use crate::settings::{RecentRegister, RecentTeamRegister};
use crate::state::StagedFile;
use vendor_risk_core::audit::{AuditEntry, AuditVerification};
use vendor_risk_core::blast_radius::BlastRadius;
use vendor_risk_core::datamap::{DataFlow, EdgeDraft, FlowDraft, InternalService, ServiceDraft, VendorEdge};
use vendor_risk_core::dora::fields::FieldInfo;
use vendor_risk_core::dora::import::DoraImportPlan;
use vendor_risk_core::dora::model::{
    DoraArrangement, DoraArrangementDraft, DoraBranch, DoraEntity, DoraEntityDraft, DoraFunction, DoraFunctionDraft,
    DoraProvider, DoraProviderDraft, DoraRecords, DoraSettings,
};
use vendor_risk_core::ids::{AssessmentId, EdgeId, FindingId, FlowId, IncidentId, InternalServiceId, VendorId};
use vendor_risk_core::import::SubprocessorPreview;
use vendor_risk_core::import::subprocessors::ListOptions;
use vendor_risk_core::import::vendors::{VendorImportOptions, VendorImportPreview};
use vendor_risk_core::incident::{IncidentDraft, IncidentStatus, IncidentSummary, IncidentView};
use vendor_risk_core::locale::Language;
use vendor_risk_core::lookup::{ReverseLookup, ReverseQuery, VendorNetwork};
use vendor_risk_core::org::{OrgProfile, OrgProfileDraft};
use vendor_risk_core::questionnaire::answer::AnswerValue;
use vendor_risk_core::questionnaire::assessment::{
    AnswerShown, AssessmentDiff, AssessmentStatus, AssessmentSummary, AssessmentView, AssignDraft, Finding,
    FindingDraft, FindingUpdate,
};
use vendor_risk_core::questionnaire::template::Template;
use vendor_risk_core::reference::ReferenceLists;
use vendor_risk_core::register::{Edit, RegisterHealth};
use vendor_risk_core::risk::book::{Dashboard, VendorRiskRow};
use vendor_risk_core::risk::compute::{RiskFacts, RiskResult};
use vendor_risk_core::risk::records::{
    AcceptanceDraft, AcceptanceStatus, DocumentDraft, DocumentStatus, ReviewStatus, RiskAcceptance, RiskProfile,
    RiskProfileDraft, RiskSnapshot,
};
use vendor_risk_core::risk::rubric::{Level, Rubric};
use vendor_risk_core::store::TemplateInfo;
use vendor_risk_core::store::postgres::ServerAddress;
use vendor_risk_core::taxonomy::{CategoryDraft, DataCategory, SubjectDraft, SubjectGroup};
use vendor_risk_core::vendor::{Page, Vendor, VendorDraft, VendorQuery, VendorRow};
use vendor_risk_core::{Actor, AuditQuery, CaiqPreview, DoraReadiness, RegisterInfo, VendorRiskView, WorkbookPreview};

/// A family of cached query results in the UI: the first element of their query keys. A
/// command's entry names the families its success makes stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum QueryFamily {
    /// Which register is open, and the recent list.
    Register,
    /// The register's reference lists (categories, countries, ...).
    Reference,
    Vendors,
    Audit,
    DataMap,
    /// The background check of the open register (integrity and audit chain).
    Health,
    Incidents,
    Org,
    Questionnaires,
    Risk,
    /// The local user profile.
    User,
    /// The app's own settings (backups kept).
    Settings,
    /// The DORA Register of Information.
    Dora,
}

use QueryFamily as F;

const NOTHING: &[QueryFamily] = &[];
/// Vendors are named by the data map and weighed by risk.
const VENDORS: &[QueryFamily] = &[F::Vendors, F::DataMap, F::Risk, F::Audit, F::Dora];
/// The data map names vendors (a list import creates them), and risk reads it.
const DATA_MAP: &[QueryFamily] = &[F::DataMap, F::Vendors, F::Risk, F::Audit, F::Dora];
const TAXONOMY: &[QueryFamily] = &[F::DataMap, F::Reference, F::Risk, F::Audit];
const INCIDENTS: &[QueryFamily] = &[F::Incidents, F::Audit];
/// The profile decides every obligation (in blast radii and incidents).
const PROFILE: &[QueryFamily] = &[F::Org, F::DataMap, F::Incidents, F::Audit, F::Dora];
/// The RoI's records are checked against vendors, and its providers are vendors.
const DORA: &[QueryFamily] = &[F::Dora, F::Vendors, F::Audit];
const QUESTIONNAIRES: &[QueryFamily] = &[F::Questionnaires, F::Risk, F::Audit];
const RISK: &[QueryFamily] = &[F::Risk, F::Questionnaires, F::Audit];
const SETTINGS: &[QueryFamily] = &[F::Settings];
/// Another register, or the same one reopened: every answer may differ.
const EVERYTHING: &[QueryFamily] = &[
    F::Register,
    F::Reference,
    F::Vendors,
    F::Audit,
    F::DataMap,
    F::Health,
    F::Incidents,
    F::Org,
    F::Questionnaires,
    F::Risk,
    F::User,
    F::Settings,
    F::Dora,
];

/// One command as the UI calls it.
#[derive(Debug)]
pub struct CommandSpec {
    /// The Rust command's name, as invoked.
    pub name: &'static str,
    /// The TypeScript wrapper's name.
    pub wrapper: &'static str,
    pub doc: &'static str,
    /// Argument names (Rust) and types.
    pub args: Vec<(&'static str, TypeRef)>,
    pub result: TypeRef,
    pub stale: &'static [QueryFamily],
}

/// A Rust type as TypeScript names it, the bindings a file using it imports, and how to
/// export those bindings.
#[derive(Debug)]
pub struct TypeRef {
    pub ts: String,
    pub imports: BTreeSet<String>,
    export: fn(&Config) -> Result<(), ExportError>,
}

/// The bindings' configuration: IDs and counts are JavaScript numbers (they stay far below 2^53).
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

impl TypeRef {
    fn of<T: TS + 'static>() -> TypeRef {
        let cfg = config();
        let mut imports = Imports { cfg: &cfg, names: BTreeSet::new() };
        imports.visit::<T>();
        TypeRef { ts: T::name(&cfg), imports: imports.names, export: export_with_dependencies::<T> }
    }

    /// Writes the bindings this type needs into `cfg`'s folder.
    pub fn export(&self, cfg: &Config) -> Result<(), ExportError> {
        (self.export)(cfg)
    }
}

/// Collects the names of the declared types a type refers to (through `Option`, `Vec`, ...).
struct Imports<'a> {
    cfg: &'a Config,
    names: BTreeSet<String>,
}

impl TypeVisitor for Imports<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // A declared type is imported by name (its own file imports what it uses); its generic
        // arguments, and the contents of `Option`, `Vec` and maps, are named here too.
        let declared = T::output_path().is_some();
        if declared {
            self.names.insert(T::ident(self.cfg));
        }
        if !declared || T::name(self.cfg).contains('<') {
            T::visit_generics(self);
        }
    }
}

/// Exports every declared type a type refers to, with their own dependencies.
struct Exports<'a> {
    cfg: &'a Config,
    error: Option<ExportError>,
}

impl TypeVisitor for Exports<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if self.error.is_some() {
            return;
        }
        if T::output_path().is_some() {
            self.error = T::export_all(self.cfg).err();
        } else {
            T::visit_dependencies(self);
        }
        T::visit_generics(self);
    }
}

fn export_with_dependencies<T: TS + 'static>(cfg: &Config) -> Result<(), ExportError> {
    let mut exports = Exports { cfg, error: None };
    exports.visit::<T>();
    exports.error.map_or(Ok(()), Err)
}

/// The table: see the module's documentation for the form of an entry.
macro_rules! ipc_commands {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident $module:ident :: $command:ident [$($ctx:ident),*] ($($arg:ident : $ty:ty),* $(,)?) -> $ret:ty
            = $wrapper:ident, stale $stale:ident;
    )*) => {
        /// Every command of the table, for the builder's `invoke_handler`.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(crate::commands::$module::$command),*]
        }

        /// The table, for the generated TypeScript.
        pub fn surface() -> Vec<CommandSpec> {
            vec![$(CommandSpec {
                name: stringify!($command),
                wrapper: stringify!($wrapper),
                doc: concat!($($doc, "\n"),*),
                args: vec![$((stringify!($arg), TypeRef::of::<$ty>())),*],
                result: TypeRef::of::<$ret>(),
                stale: $stale,
            }),*]
        }

        $(ipc_commands!(@check $kind $module :: $command [$($ctx),*] ($($arg: $ty),*) -> $ret);)*
    };
    // Each entry must match its command: the arguments it takes, in order, and what it returns.
    (@check fn $module:ident :: $command:ident [$($ctx:ident),*] ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        const _: () = {
            #[allow(dead_code, clippy::too_many_arguments, clippy::extra_unused_type_parameters)]
            fn check<R: tauri::Runtime>(
                $($ctx: ipc_commands!(@context R $ctx),)* $($arg: $ty),*
            ) -> crate::ipc_error::IpcResult<$ret> {
                crate::commands::$module::$command($($ctx,)* $($arg),*)
            }
        };
    };
    (@check async $module:ident :: $command:ident [$($ctx:ident),*] ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        const _: () = {
            #[allow(dead_code, clippy::too_many_arguments, clippy::extra_unused_type_parameters)]
            async fn check<R: tauri::Runtime>(
                $($ctx: ipc_commands!(@context R $ctx),)* $($arg: $ty),*
            ) -> crate::ipc_error::IpcResult<$ret> {
                crate::commands::$module::$command($($ctx,)* $($arg),*).await
            }
        };
    };
    (@context $r:ident app) => { tauri::AppHandle<$r> };
    (@context $r:ident state) => { tauri::State<'static, crate::state::AppState> };
}

ipc_commands! {
    // ----- the register ----------------------------------------------------------------
    /// The open register; at the app's first start, the last one reopened.
    fn register::register_resume [app, state] () -> Option<RegisterInfo> = registerResume, stale NOTHING;
    fn register::register_recent [app] () -> Vec<RecentRegister> = registerRecent, stale NOTHING;
    /// A new register in the app-data folder; encrypted with `passphrase` if one is given.
    fn register::register_new [app, state] (passphrase: Option<String>) -> RegisterInfo = registerNew, stale EVERYTHING;
    /// Opens the encrypted register the last open attempt held back (`passphrase_needed`).
    fn register::register_unlock [app, state] (passphrase: String) -> RegisterInfo = registerUnlock, stale EVERYTHING;
    /// Encrypts (new only), changes the passphrase (both) or decrypts (current only) the open register.
    async register::register_encryption [app] (current: Option<String>, next: Option<String>) -> RegisterInfo
        = changeEncryption, stale EVERYTHING;
    fn register::register_open [app, state] (path: String) -> RegisterInfo = registerOpen, stale EVERYTHING;
    fn register::register_open_dialog [app, state] () -> Option<RegisterInfo> = registerOpenDialog, stale EVERYTHING;
    /// `financialEntity`: the sample as Kestrel Payments, with a complete DORA Register of Information.
    async register::register_open_sample [app] (financial_entity: bool) -> RegisterInfo
        = registerOpenSample, stale EVERYTHING;
    fn register::register_close [app, state] () -> () = registerClose, stale NOTHING;
    // ----- team registers (PostgreSQL) ------------------------------------------------------
    /// Picks the certificate authority file for the next connection; its name.
    fn team::team_pick_ca [app, state] () -> Option<String> = pickTeamCa, stale NOTHING;
    /// Connects to a team register, signing in with `password` (kept only in the system
    /// keyring, and only if `keep_password`).
    fn team::team_connect [app, state] (address: ServerAddress, use_ca: bool, password: String, keep_password: bool) -> RegisterInfo
        = connectTeam, stale EVERYTHING;
    fn team::team_recent [app] () -> Vec<RecentTeamRegister> = teamRecent, stale NOTHING;
    fn team::team_connect_recent [app, state] (index: u32, password: String, keep_password: bool) -> RegisterInfo
        = connectTeamRecent, stale EVERYTHING;
    /// The background check of the open register: the whole file's integrity and the audit chain.
    async register::register_health [app] () -> RegisterHealth = registerHealth, stale NOTHING;
    fn register::user_get [app] () -> Actor = getUser, stale NOTHING;
    /// Changes the local user profile; reopens the open register as that user.
    fn register::user_set [app, state] (actor: Actor) -> Option<RegisterInfo> = setUser, stale EVERYTHING;
    /// Asks for a backup and puts it in place of the open register after checking it.
    async register::backup_restore [app] () -> Option<RestoreDone> = restoreBackup, stale EVERYTHING;
    fn register::backup_keep_get [app] () -> usize = getBackupKeep, stale NOTHING;
    fn register::backup_keep_set [app] (keep: usize) -> usize = setBackupKeep, stale SETTINGS;
    /// The window's language and date order: the system's, or the one chosen in the app.
    fn locale::locale_get [app] () -> UiLocale = getLocale, stale NOTHING;
    /// Chooses the window's language (`None`: the system's again); the open register explains itself in it.
    fn locale::locale_set [app, state] (language: Option<Language>) -> UiLocale = setLocale, stale EVERYTHING;
    /// Stops a piece of long work (named by its progress events) at its next step.
    fn work::work_cancel [state] (work: u64) -> bool = cancelWork, stale NOTHING;

    // ----- vendors ---------------------------------------------------------------------
    fn vendors::vendors_list [state] (query: VendorQuery) -> Page<VendorRow> = listVendors, stale NOTHING;
    fn vendors::vendor_get [state] (vendor_id: VendorId) -> Vendor = getVendor, stale NOTHING;
    fn vendors::vendor_edit [state] (vendor_id: VendorId) -> Edit<VendorDraft> = getVendorEdit, stale NOTHING;
    fn vendors::vendor_create [state] (draft: VendorDraft) -> Vendor = createVendor, stale VENDORS;
    fn vendors::vendor_update [state] (vendor_id: VendorId, edit: Edit<VendorDraft>) -> Vendor = updateVendor, stale VENDORS;
    fn vendors::vendor_archive [state] (vendor_id: VendorId) -> Vendor = archiveVendor, stale VENDORS;
    fn vendors::vendor_restore [state] (vendor_id: VendorId) -> Vendor = restoreVendor, stale VENDORS;
    fn vendors::reference_data [] () -> ReferenceLists = referenceData, stale NOTHING;

    // ----- the audit log ---------------------------------------------------------------
    fn audit::audit_list [state] (query: AuditQuery) -> Page<AuditEntry> = listAudit, stale NOTHING;
    async audit::audit_verify [app] () -> AuditVerification = verifyAudit, stale NOTHING;

    // ----- the data map ----------------------------------------------------------------
    fn datamap::taxonomy_categories [state] () -> Vec<DataCategory> = listCategories, stale NOTHING;
    fn datamap::category_create [state] (draft: CategoryDraft) -> DataCategory = createCategory, stale TAXONOMY;
    fn datamap::taxonomy_subjects [state] () -> Vec<SubjectGroup> = listSubjects, stale NOTHING;
    fn datamap::subject_create [state] (draft: SubjectDraft) -> SubjectGroup = createSubject, stale TAXONOMY;
    fn datamap::services_list [state] () -> Vec<InternalService> = listServices, stale NOTHING;
    fn datamap::service_create [state] (draft: ServiceDraft) -> InternalService = createService, stale DATA_MAP;
    fn datamap::service_edit [state] (service_id: InternalServiceId) -> Edit<ServiceDraft> = getServiceEdit, stale NOTHING;
    fn datamap::service_update [state] (service_id: InternalServiceId, edit: Edit<ServiceDraft>) -> InternalService
        = updateService, stale DATA_MAP;
    fn datamap::flows_list [state] (vendor_id: VendorId) -> Vec<DataFlow> = listFlows, stale NOTHING;
    fn datamap::flow_add [state] (vendor_id: VendorId, draft: FlowDraft) -> DataFlow = addFlow, stale DATA_MAP;
    fn datamap::flow_edit [state] (flow_id: FlowId) -> Edit<FlowDraft> = getFlowEdit, stale NOTHING;
    fn datamap::flow_update [state] (flow_id: FlowId, edit: Edit<FlowDraft>) -> DataFlow = updateFlow, stale DATA_MAP;
    fn datamap::flow_end [state] (flow_id: FlowId, last_day: String) -> DataFlow = endFlow, stale DATA_MAP;
    fn datamap::edges_list [state] (vendor_id: VendorId) -> Vec<VendorEdge> = listEdges, stale NOTHING;
    fn datamap::edge_add [state] (vendor_id: VendorId, draft: EdgeDraft) -> VendorEdge = addEdge, stale DATA_MAP;
    fn datamap::edge_end [state] (edge_id: EdgeId, last_day: String) -> VendorEdge = endEdge, stale DATA_MAP;
    fn datamap::lookup_reverse [state] (query: ReverseQuery) -> ReverseLookup = reverseLookup, stale NOTHING;
    /// `awareAt`: when we became aware (local date-time in the organisation's zone, or RFC 3339;
    /// null: now); the notification deadlines run from it.
    fn datamap::blast_radius [state] (vendor_id: VendorId, at: Option<String>, aware_at: Option<String>) -> BlastRadius
        = blastRadius, stale NOTHING;
    fn datamap::vendor_network [state] (vendor_id: VendorId, at: Option<String>) -> VendorNetwork
        = vendorNetwork, stale NOTHING;
    fn datamap::vendor_reviews [state] (vendor_id: VendorId) -> Vec<String> = vendorReviews, stale NOTHING;
    /// The list is pasted `text` or a staged file (`token`); `options`: how to read its columns
    /// (null: as this vendor's list was last read).
    fn datamap::subprocessors_preview [state]
        (vendor_id: VendorId, list: ListInput, options: Option<ListOptions>) -> SubprocessorPreview
        = previewSubprocessors, stale NOTHING;
    /// Imports the list; given the preview's `basis`, refused (`conflict`) if the register
    /// changed since in a way that changes what the import does.
    async datamap::subprocessors_import [app]
        (vendor_id: VendorId, list: ListInput, options: Option<ListOptions>, basis: Option<String>)
        -> SubprocessorPreview = importSubprocessors, stale DATA_MAP;

    // ----- incidents and the organisation profile --------------------------------------
    fn incidents::org_profile_get [state] () -> OrgProfile = getOrgProfile, stale NOTHING;
    fn incidents::org_profile_edit [state] () -> Edit<OrgProfileDraft> = getOrgProfileEdit, stale NOTHING;
    fn incidents::org_profile_save [state] (edit: Edit<OrgProfileDraft>) -> OrgProfile = saveOrgProfile, stale PROFILE;
    fn incidents::incidents_list [state] () -> Vec<IncidentSummary> = listIncidents, stale NOTHING;
    fn incidents::incident_get [state] (incident_id: IncidentId) -> IncidentView = getIncident, stale NOTHING;
    fn incidents::incident_edit [state] (incident_id: IncidentId) -> Edit<IncidentDraft> = getIncidentEdit, stale NOTHING;
    fn incidents::incident_open [state] (vendor_id: VendorId, draft: IncidentDraft) -> IncidentView
        = openIncident, stale INCIDENTS;
    fn incidents::incident_update [state] (incident_id: IncidentId, edit: Edit<IncidentDraft>) -> IncidentView
        = updateIncident, stale INCIDENTS;
    fn incidents::incident_assess [state] (incident_id: IncidentId, key: String, answer: bool, note: String)
        -> IncidentView = assessIncident, stale INCIDENTS;
    fn incidents::incident_step_done [state] (incident_id: IncidentId, rule_id: String, done_at: String, note: String)
        -> IncidentView = markStepDone, stale INCIDENTS;
    fn incidents::incident_note [state] (incident_id: IncidentId, at: String, text: String) -> IncidentView
        = addIncidentNote, stale INCIDENTS;
    fn incidents::incident_status [state] (incident_id: IncidentId, status: IncidentStatus) -> IncidentView
        = setIncidentStatus, stale INCIDENTS;

    // ----- the DORA Register of Information ---------------------------------------------
    fn dora::dora_records [state] () -> DoraRecords = getDoraRecords, stale NOTHING;
    fn dora::dora_reference_date [state] () -> String = getDoraReferenceDate, stale NOTHING;
    fn dora::dora_fields [] () -> Vec<FieldInfo> = getDoraFields, stale NOTHING;
    /// `refDate`: YYYY-MM-DD, the 31 December reported.
    async dora::dora_readiness [app] (ref_date: String) -> DoraReadiness = getDoraReadiness, stale NOTHING;
    fn dora::dora_settings_save [state] (settings: DoraSettings) -> DoraSettings = saveDoraSettings, stale DORA;
    fn dora::dora_entity_save [state] (draft: DoraEntityDraft) -> DoraEntity = saveDoraEntity, stale DORA;
    fn dora::dora_branch_save [state] (draft: DoraBranch) -> DoraBranch = saveDoraBranch, stale DORA;
    fn dora::dora_function_save [state] (draft: DoraFunctionDraft) -> DoraFunction = saveDoraFunction, stale DORA;
    fn dora::dora_provider_save [state] (vendor_id: VendorId, draft: DoraProviderDraft) -> DoraProvider
        = saveDoraProvider, stale DORA;
    fn dora::dora_arrangement_save [state] (draft: DoraArrangementDraft) -> DoraArrangement
        = saveDoraArrangement, stale DORA;
    /// Refused (`conflict`) while the package has errors, unless `force`.
    async exports::dora_export [app] (ref_date: String, force: bool) -> Option<ExportDone> = exportDora, stale NOTHING;
    async exports::dora_import_preview [app] (token: u64) -> DoraImportPlan = previewDoraImport, stale NOTHING;
    async exports::dora_import_commit [app] (token: u64) -> DoraImportPlan = importDora, stale DORA;

    // ----- questionnaires --------------------------------------------------------------
    /// Asks for a file with the system dialog; Rust holds it and returns a token for the next call.
    fn questionnaires::file_pick [app, state] (kind: PickKind) -> Option<StagedFile> = pickFile, stale NOTHING;
    fn questionnaires::questionnaire_templates [state] () -> Vec<TemplateInfo> = listTemplates, stale NOTHING;
    fn questionnaires::questionnaire_template [state] (id: String, version: Option<u32>) -> Template
        = getTemplate, stale NOTHING;
    fn questionnaires::template_save [state] (template: Template) -> TemplateInfo = saveTemplate, stale QUESTIONNAIRES;
    fn questionnaires::template_import [state] (token: u64) -> TemplateInfo = importTemplate, stale QUESTIONNAIRES;
    fn questionnaires::template_export [app, state] (id: String, version: Option<u32>) -> Option<String>
        = exportTemplate, stale NOTHING;
    fn questionnaires::template_preview [] (template: Template, answers: std::collections::HashMap<String, AnswerValue>)
        -> TemplatePreview = previewTemplate, stale NOTHING;
    fn questionnaires::assessments_list [state] (vendor_id: Option<VendorId>) -> Vec<AssessmentSummary>
        = listAssessments, stale NOTHING;
    fn questionnaires::assessment_get [state] (assessment_id: AssessmentId) -> AssessmentView
        = getAssessment, stale NOTHING;
    fn questionnaires::assessment_assign [state] (vendor_id: VendorId, draft: AssignDraft) -> AssessmentView
        = assignQuestionnaire, stale QUESTIONNAIRES;
    fn questionnaires::answer_save [state]
        (assessment_id: AssessmentId, question_id: String, value: Option<AnswerValue>, comment: String, shown: AnswerShown)
        -> AssessmentView = saveAnswer, stale QUESTIONNAIRES;
    fn questionnaires::answer_save_text [state]
        (assessment_id: AssessmentId, question_id: String, text: String, comment: String, shown: AnswerShown)
        -> AssessmentView = saveAnswerText, stale QUESTIONNAIRES;
    fn questionnaires::evidence_attach [state] (assessment_id: AssessmentId, question_id: String, token: u64)
        -> AssessmentView = attachEvidence, stale QUESTIONNAIRES;
    fn questionnaires::evidence_detach [state] (assessment_id: AssessmentId, question_id: String, sha256: String)
        -> AssessmentView = detachEvidence, stale QUESTIONNAIRES;
    fn questionnaires::evidence_save [app, state] (sha256: String, file_name: String) -> Option<String>
        = saveEvidenceCopy, stale NOTHING;
    fn questionnaires::assessment_status [state] (assessment_id: AssessmentId, status: AssessmentStatus, reason: String)
        -> AssessmentView = setAssessmentStatus, stale QUESTIONNAIRES;
    fn questionnaires::workbook_export [app, state] (assessment_id: AssessmentId, language: Option<Language>) -> Option<String>
        = exportWorkbook, stale NOTHING;
    /// Reads the staged workbook; writes its answers only with `commit`, and then, given the
    /// preview's `basis`, only if the assessment did not change since.
    async questionnaires::workbook_import [app]
        (assessment_id: AssessmentId, token: u64, commit: bool, basis: Option<String>)
        -> WorkbookPreview = importWorkbook, stale QUESTIONNAIRES;
    async questionnaires::caiq_import [app] (vendor_id: VendorId, token: u64, commit: bool) -> CaiqPreview
        = importCaiq, stale QUESTIONNAIRES;
    async questionnaires::hecvat_import [app] (vendor_id: VendorId, token: u64, commit: bool) -> CaiqPreview
        = importHecvat, stale QUESTIONNAIRES;
    fn questionnaires::assessment_diff [state] (before: AssessmentId, after: AssessmentId) -> AssessmentDiff
        = diffAssessments, stale NOTHING;
    fn questionnaires::findings_list [state] (vendor_id: Option<VendorId>, assessment_id: Option<AssessmentId>)
        -> Vec<Finding> = listFindings, stale NOTHING;
    fn questionnaires::finding_edit [state] (finding_id: FindingId) -> Edit<FindingUpdate> = getFindingEdit, stale NOTHING;
    fn questionnaires::finding_update [state] (finding_id: FindingId, edit: Edit<FindingUpdate>) -> Finding
        = updateFinding, stale QUESTIONNAIRES;

    // ----- risk ------------------------------------------------------------------------
    fn risk::risk_rubric_edit [state] () -> Edit<Rubric> = getRubricEdit, stale NOTHING;
    fn risk::risk_rubric_save [state] (edit: Edit<Rubric>) -> Rubric = saveRubric, stale RISK;
    fn risk::vendor_risk [state] (vendor_id: VendorId) -> VendorRiskView = getVendorRisk, stale NOTHING;
    fn risk::risk_what_if [state] (facts: RiskFacts) -> RiskResult = riskWhatIf, stale NOTHING;
    fn risk::risk_profile_edit [state] (vendor_id: VendorId) -> Edit<RiskProfileDraft> = getRiskProfileEdit, stale NOTHING;
    fn risk::risk_profile_save [state] (vendor_id: VendorId, edit: Edit<RiskProfileDraft>) -> RiskProfile
        = saveRiskProfile, stale RISK;
    fn risk::risk_assess [state] (vendor_id: VendorId) -> RiskSnapshot = assessRisk, stale RISK;
    async risk::risk_assess_all [app] () -> usize = assessAllRisks, stale RISK;
    fn risk::dashboard_get [state] () -> Dashboard = getDashboard, stale NOTHING;
    fn risk::dashboard_cell [state] (likelihood: Level, impact: Level) -> Vec<VendorRiskRow>
        = dashboardCell, stale NOTHING;
    fn risk::reviews_due [state] () -> Vec<ReviewStatus> = reviewsDue, stale NOTHING;
    fn risk::document_add [state] (vendor_id: VendorId, draft: DocumentDraft, token: Option<u64>) -> DocumentStatus
        = addDocument, stale RISK;
    fn risk::documents_list [state] (vendor_id: Option<VendorId>) -> Vec<DocumentStatus> = listDocuments, stale NOTHING;
    fn risk::acceptance_add [state] (vendor_id: VendorId, draft: AcceptanceDraft) -> AcceptanceStatus
        = acceptRisk, stale RISK;
    fn risk::acceptances_list [state] (vendor_id: Option<VendorId>) -> Vec<AcceptanceStatus>
        = listAcceptances, stale NOTHING;
    fn risk::acceptance_revoke [state] (acceptance_id: i64) -> RiskAcceptance = revokeAcceptance, stale RISK;
    fn risk::finding_add [state] (vendor_id: VendorId, draft: FindingDraft) -> Finding = addFinding, stale RISK;
    fn risk::finding_attach [state] (finding_id: FindingId, token: u64) -> Finding
        = attachFindingEvidence, stale RISK;

    // ----- reports, exports, backups, bulk import --------------------------------------
    /// Asks where to save, renders the PDF in `language` (`None`: the window's; progress as `work-progress` events), writes it.
    async exports::report_export [app] (target: ReportTarget, language: Option<Language>) -> Option<ExportDone> = exportReport, stale NOTHING;
    async exports::data_export [app] (kind: DataExport) -> Option<ExportDone> = exportData, stale NOTHING;
    /// Opens a file an export wrote this session in the system viewer.
    fn exports::export_open [app, state] (path: String) -> () = openExport, stale NOTHING;
    /// Asks where to save an online backup of the open register, and writes it.
    async exports::backup_now [app] () -> Option<ExportDone> = backupNow, stale NOTHING;
    async exports::vendor_import_preview [app] (token: u64, options: Option<VendorImportOptions>)
        -> VendorImportPreview = previewVendorImport, stale NOTHING;
    /// Imports every row or none; given the preview's `basis`, refused (`conflict`) if the
    /// register changed since in a way that changes what the import does.
    async exports::vendor_import_commit [app] (token: u64, options: VendorImportOptions, basis: Option<String>)
        -> VendorImportPreview = commitVendorImport, stale VENDORS;
}

/// How the generated files say where they come from.
const GENERATED: &str = "// Generated from the IPC table in src-tauri/src/ipc.rs: do not edit.\n\
     // Regenerate: UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test desktop generated\n";

/// `snake_case` as Tauri expects argument keys: `camelCase`.
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A doc comment as JSDoc, indented by nothing.
fn jsdoc(doc: &str) -> String {
    let lines: Vec<&str> = doc.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    match lines.as_slice() {
        [] => String::new(),
        [one] => format!("/** {one} */\n"),
        many => format!("/**\n{} */\n", many.iter().map(|l| format!(" * {l}\n")).collect::<String>()),
    }
}

/// `ui/src/ipc/commands.ts`: one typed wrapper per command.
pub fn typescript_wrappers(surface: &[CommandSpec]) -> String {
    let imports: BTreeSet<&String> = surface
        .iter()
        .flat_map(|c| c.args.iter().map(|(_, t)| t).chain([&c.result]))
        .flat_map(|t| &t.imports)
        .collect();
    let mut out =
        format!("{GENERATED}// One typed wrapper per Rust command. Argument names are camelCase, as Tauri expects.\n");
    out.push_str("import { call } from \"./invoke\";\n");
    for name in imports {
        out.push_str(&format!("import type {{ {name} }} from \"./bindings/{name}\";\n"));
    }
    for command in surface {
        out.push('\n');
        out.push_str(&jsdoc(command.doc));
        let params: Vec<String> = command.args.iter().map(|(a, t)| format!("{}: {}", camel(a), t.ts)).collect();
        let keys: Vec<String> = command.args.iter().map(|(a, _)| camel(a)).collect();
        let args = if keys.is_empty() { String::new() } else { format!(", {{ {} }}", keys.join(", ")) };
        out.push_str(&format!(
            "export const {} = ({}) =>\n  call<{}>(\"{}\"{args});\n",
            command.wrapper,
            params.join(", "),
            command.result.ts,
            command.name
        ));
    }
    out
}

/// `ui/src/ipc/stale.ts`: what each command's success makes stale.
pub fn typescript_stale(surface: &[CommandSpec]) -> String {
    let cfg = config();
    let family = |f: &QueryFamily| serde_json::to_string(f).unwrap_or_default();
    let mut out = format!("{GENERATED}import type {{ {} }} from \"./bindings/{0}\";\n\n", QueryFamily::ident(&cfg));
    out.push_str("/** Every command the UI may call. */\nexport type Command =\n");
    for command in surface {
        out.push_str(&format!("  | \"{}\"\n", command.name));
    }
    out.push_str(";\n\n/** The query families each command's success makes stale. */\n");
    out.push_str("export const staleAfter: Record<Command, readonly QueryFamily[]> = {\n");
    for command in surface {
        let families: Vec<String> = command.stale.iter().map(family).collect();
        out.push_str(&format!("  {}: [{}],\n", command.name, families.join(", ")));
    }
    out.push_str("};\n");
    out
}

/// `ui/src/ipc/events.ts`: listening to the events Rust sends (long work's progress; changes
/// to the open register and its server's reachability).
pub fn typescript_events() -> String {
    let work = crate::work::WorkEvent::ident(&config());
    let register = vendor_risk_core::register::RegisterEvent::ident(&config());
    format!(
        "{GENERATED}import {{ listen }} from \"@tauri-apps/api/event\";\n\
         import type {{ {register} }} from \"./bindings/{register}\";\n\
         import type {{ {work} }} from \"./bindings/{work}\";\n\n\
         /** Calls `handler` with each step of long work (reports, exports, imports, checks); returns the\n \
         * unsubscribe function. `work` names the work for `cancelWork`. */\n\
         export const onWorkProgress = (handler: (event: {work}) => void) =>\n  \
         listen<{work}>(\"{}\", (event) => handler(event.payload));\n\n\
         /** Calls `handler` when someone changes the open register (another person, another program)\n \
         * and when a team register's server goes away or comes back; returns the unsubscribe function. */\n\
         export const onRegisterEvent = (handler: (event: {register}) => void) =>\n  \
         listen<{register}>(\"{}\", (event) => handler(event.payload));\n",
        crate::work::PROGRESS_EVENT,
        crate::commands::register::REGISTER_EVENT,
    )
}

/// Writes the bindings of every type the table, the error envelope and the progress events use
/// into `dir`.
pub fn export_bindings(dir: &std::path::Path) -> Result<(), ExportError> {
    let cfg = config().with_out_dir(dir);
    for command in surface() {
        for (_, arg) in &command.args {
            arg.export(&cfg)?;
        }
        command.result.export(&cfg)?;
    }
    crate::ipc_error::IpcError::export_all(&cfg)?;
    crate::work::WorkEvent::export_all(&cfg)?;
    vendor_risk_core::register::RegisterEvent::export_all(&cfg)?;
    QueryFamily::export_all(&cfg)
}
