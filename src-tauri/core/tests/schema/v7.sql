CREATE TABLE register_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE vendors (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    name_key           TEXT NOT NULL UNIQUE,
    legal_name         TEXT,
    website            TEXT CHECK (website IS NULL OR website LIKE 'http%://%'),
    country            TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    category           TEXT NOT NULL CHECK (category IN ('analytics', 'cloud_hosting', 'payments',
                           'customer_support', 'crm', 'marketing', 'hr', 'identity', 'ai_ml',
                           'developer_tools', 'other')),
    description        TEXT,
    business_owner     TEXT,
    status             TEXT NOT NULL CHECK (status IN ('prospect', 'onboarding', 'active',
                           'offboarding', 'terminated')),
    lei                TEXT CHECK (lei IS NULL OR length(lei) = 20),
    vat                TEXT,
    duns               TEXT CHECK (duns IS NULL OR (length(duns) = 9 AND duns NOT GLOB '*[^0-9]*')),
    contract_start     TEXT CHECK (contract_start IS NULL OR date(contract_start) = contract_start),
    contract_renewal   TEXT CHECK (contract_renewal IS NULL OR date(contract_renewal) = contract_renewal),
    contract_end       TEXT CHECK (contract_end IS NULL OR date(contract_end) = contract_end),
    notice_period_days INTEGER CHECK (notice_period_days BETWEEN 0 AND 3650),
    annual_spend_minor INTEGER CHECK (annual_spend_minor >= 0),
    currency           TEXT CHECK (currency IS NULL OR length(currency) = 3),
    dpa_signed         TEXT CHECK (dpa_signed IS NULL OR date(dpa_signed) = dpa_signed),
    breach_sla_hours   INTEGER CHECK (breach_sla_hours BETWEEN 0 AND 8760),
    services_label     TEXT NOT NULL DEFAULT '',
    archived_at        TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((annual_spend_minor IS NULL) = (currency IS NULL))
) STRICT;
CREATE INDEX vendors_status ON vendors (status);
CREATE INDEX vendors_category ON vendors (category);
CREATE TABLE vendor_services (
    id        INTEGER PRIMARY KEY,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id),
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    UNIQUE (vendor_id, name)
) STRICT;
CREATE INDEX vendor_services_vendor ON vendor_services (vendor_id, position);
CREATE TABLE vendor_contacts (
    id        INTEGER PRIMARY KEY,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id),
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    email     TEXT CHECK (email IS NULL OR email LIKE '%_@_%._%'),
    role      TEXT
) STRICT;
CREATE INDEX vendor_contacts_vendor ON vendor_contacts (vendor_id, position);
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('compliance', 'procurement', 'auditor')),
    action      TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id   INTEGER,
    summary     TEXT NOT NULL,
    changes     TEXT NOT NULL CHECK (json_valid(changes)),
    state_hash  TEXT CHECK (state_hash IS NULL OR length(state_hash) = 64),
    prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TABLE data_categories (
    key               TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    parent_key        TEXT REFERENCES data_categories (key),
    name              TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    description       TEXT,
    builtin           INTEGER NOT NULL CHECK (builtin IN (0, 1)),
    personal          INTEGER NOT NULL CHECK (personal IN (0, 1)),
    special_category  INTEGER NOT NULL CHECK (special_category IN (0, 1)),
    health            INTEGER NOT NULL CHECK (health IN (0, 1)),
    payment_card      INTEGER NOT NULL CHECK (payment_card IN (0, 1)),
    financial_account INTEGER NOT NULL CHECK (financial_account IN (0, 1)),
    credentials       INTEGER NOT NULL CHECK (credentials IN (0, 1)),
    government_id     INTEGER NOT NULL CHECK (government_id IN (0, 1)),
    children          INTEGER NOT NULL CHECK (children IN (0, 1)),
    precise_location  INTEGER NOT NULL CHECK (precise_location IN (0, 1)),
    CHECK (parent_key IS NULL OR key LIKE parent_key || '.%')
) STRICT;
CREATE INDEX data_categories_parent ON data_categories (parent_key);
CREATE TABLE subject_groups (
    key         TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    description TEXT,
    builtin     INTEGER NOT NULL CHECK (builtin IN (0, 1))
) STRICT;
CREATE TABLE internal_services (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    name_key    TEXT NOT NULL UNIQUE,
    description TEXT,
    criticality TEXT NOT NULL CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
    rto_hours   INTEGER CHECK (rto_hours BETWEEN 0 AND 8760),
    owner       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE TABLE service_dependencies (
    id          INTEGER PRIMARY KEY,
    service_id  INTEGER NOT NULL REFERENCES internal_services (id),
    vendor_id   INTEGER NOT NULL REFERENCES vendors (id),
    note        TEXT,
    valid_from  TEXT CHECK (valid_from IS NULL OR date(valid_from) = valid_from),
    valid_to    TEXT CHECK (valid_to IS NULL OR date(valid_to) = valid_to),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX service_dependencies_service ON service_dependencies (service_id);
CREATE INDEX service_dependencies_vendor ON service_dependencies (vendor_id);
CREATE TABLE data_flows (
    id                   INTEGER PRIMARY KEY,
    vendor_id            INTEGER NOT NULL REFERENCES vendors (id),
    vendor_service_id    INTEGER REFERENCES vendor_services (id),
    source_service_id    INTEGER REFERENCES internal_services (id),
    subject_key          TEXT NOT NULL REFERENCES subject_groups (key),
    purpose              TEXT NOT NULL CHECK (length(trim(purpose)) BETWEEN 1 AND 1000),
    records              INTEGER CHECK (records >= 0),
    people               INTEGER CHECK (people >= 0),
    storage_locations    TEXT NOT NULL CHECK (json_valid(storage_locations)),
    processing_locations TEXT NOT NULL CHECK (json_valid(processing_locations)),
    transfer_mechanism   TEXT NOT NULL CHECK (transfer_mechanism IN ('not_restricted', 'adequacy',
                             'eu_us_dpf', 'scc_module_1', 'scc_module_2', 'scc_module_3',
                             'scc_module_4', 'bcr', 'derogation', 'none')),
    retention            TEXT,
    valid_from           TEXT NOT NULL CHECK (date(valid_from) = valid_from),
    valid_to             TEXT CHECK (valid_to IS NULL OR date(valid_to) = valid_to),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX data_flows_vendor ON data_flows (vendor_id);
CREATE INDEX data_flows_vendor_service ON data_flows (vendor_service_id);
CREATE INDEX data_flows_source_service ON data_flows (source_service_id);
CREATE INDEX data_flows_subject ON data_flows (subject_key);
CREATE TABLE data_flow_categories (
    flow_id      INTEGER NOT NULL REFERENCES data_flows (id),
    category_key TEXT NOT NULL REFERENCES data_categories (key),
    PRIMARY KEY (flow_id, category_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX data_flow_categories_category ON data_flow_categories (category_key);
CREATE TABLE data_flow_residence (
    flow_id INTEGER NOT NULL REFERENCES data_flows (id),
    country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    people  INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (flow_id, country)
) STRICT, WITHOUT ROWID;
CREATE TABLE vendor_edges (
    id             INTEGER PRIMARY KEY,
    from_vendor_id INTEGER NOT NULL REFERENCES vendors (id),
    to_vendor_id   INTEGER NOT NULL REFERENCES vendors (id),
    kind           TEXT NOT NULL CHECK (kind IN ('subprocessor', 'onward_transfer')),
    purpose        TEXT,
    locations      TEXT NOT NULL CHECK (json_valid(locations)),
    source         TEXT NOT NULL CHECK (source IN ('manual', 'subprocessor_list')),
    valid_from     TEXT NOT NULL CHECK (date(valid_from) = valid_from),
    valid_to       TEXT CHECK (valid_to IS NULL OR date(valid_to) = valid_to),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL, regions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(regions)),
    CHECK (from_vendor_id <> to_vendor_id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX vendor_edges_from ON vendor_edges (from_vendor_id);
CREATE INDEX vendor_edges_to ON vendor_edges (to_vendor_id);
CREATE TABLE vendor_edge_categories (
    edge_id      INTEGER NOT NULL REFERENCES vendor_edges (id),
    category_key TEXT NOT NULL REFERENCES data_categories (key),
    PRIMARY KEY (edge_id, category_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX vendor_edge_categories_category ON vendor_edge_categories (category_key);
CREATE TABLE review_requests (
    id           INTEGER PRIMARY KEY,
    vendor_id    INTEGER NOT NULL REFERENCES vendors (id),
    reason       TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    resolved_at  TEXT
) STRICT;
CREATE INDEX review_requests_vendor ON review_requests (vendor_id);
CREATE TABLE incidents (
    id                     INTEGER PRIMARY KEY,
    vendor_id              INTEGER NOT NULL REFERENCES vendors (id),
    title                  TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    description            TEXT,
    status                 TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    detected_at            TEXT,
    vendor_notified_at     TEXT,
    aware_at               TEXT NOT NULL,
    classified_at          TEXT,
    materiality_at         TEXT,
    notifiable_assessed_at TEXT,
    unlawful_access        INTEGER NOT NULL CHECK (unlawful_access IN (0, 1)),
    california_residents   INTEGER CHECK (california_residents >= 0),
    blast_radius           TEXT NOT NULL CHECK (json_valid(blast_radius)),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;
CREATE INDEX incidents_vendor ON incidents (vendor_id);
CREATE TABLE incident_categories (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    category_key TEXT NOT NULL REFERENCES data_categories (key),
    exposed      INTEGER NOT NULL CHECK (exposed IN (0, 1)),
    PRIMARY KEY (incident_id, category_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_categories_category ON incident_categories (category_key);
CREATE TABLE incident_answers (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    key         TEXT NOT NULL,
    answer      INTEGER NOT NULL CHECK (answer IN (0, 1)),
    note        TEXT,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (incident_id, key)
) STRICT, WITHOUT ROWID;
CREATE TABLE incident_steps (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    rule_id     TEXT NOT NULL,
    done_at     TEXT NOT NULL,
    note        TEXT,
    PRIMARY KEY (incident_id, rule_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE incident_notes (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    at          TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 10000)
) STRICT;
CREATE INDEX incident_notes_incident ON incident_notes (incident_id, at);
CREATE TABLE questionnaire_templates (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
    version    INTEGER NOT NULL CHECK (version >= 1),
    title      TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    builtin    INTEGER NOT NULL CHECK (builtin IN (0, 1)),
    definition TEXT NOT NULL CHECK (json_valid(definition)),
    created_at TEXT NOT NULL,
    UNIQUE (key, version)
) STRICT;
CREATE TABLE assessment_answers (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    question_id   TEXT NOT NULL,
    value         TEXT CHECK (value IS NULL OR json_valid(value)),
    comment       TEXT CHECK (comment IS NULL OR length(comment) <= 10000),
    ownership     TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE evidence_files (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size > 0),
    media_type TEXT NOT NULL,
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE answer_evidence (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    question_id   TEXT NOT NULL,
    sha256        TEXT NOT NULL REFERENCES evidence_files (sha256),
    file_name     TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
    added_at      TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id, sha256)
) STRICT, WITHOUT ROWID;
CREATE INDEX answer_evidence_file ON answer_evidence (sha256);
CREATE TABLE risk_rubrics (
    version    INTEGER PRIMARY KEY CHECK (version >= 1),
    definition TEXT NOT NULL CHECK (json_valid(definition)),
    created_at TEXT NOT NULL
) STRICT;
CREATE TABLE vendor_risk_profiles (
    vendor_id        INTEGER PRIMARY KEY REFERENCES vendors (id),
    access_level     TEXT NOT NULL CHECK (access_level IN ('none', 'data_only', 'system', 'privileged')),
    substitutability TEXT NOT NULL CHECK (substitutability IN ('easy', 'moderate', 'hard')),
    override_level   TEXT CHECK (override_level IN ('very_low', 'low', 'moderate', 'high', 'very_high')),
    override_reason  TEXT,
    updated_at       TEXT NOT NULL,
    CHECK (override_level IS NULL OR length(trim(override_reason)) > 0)
) STRICT;
CREATE TABLE risk_assessments (
    id             INTEGER PRIMARY KEY,
    vendor_id      INTEGER NOT NULL REFERENCES vendors (id),
    assessed_at    TEXT NOT NULL,
    rubric_version INTEGER NOT NULL REFERENCES risk_rubrics (version),
    rubric         TEXT NOT NULL CHECK (json_valid(rubric)),
    facts          TEXT NOT NULL CHECK (json_valid(facts)),
    result         TEXT NOT NULL CHECK (json_valid(result)),
    tier           INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 4),
    inherent       TEXT NOT NULL,
    residual       TEXT NOT NULL
) STRICT;
CREATE INDEX risk_assessments_vendor ON risk_assessments (vendor_id, assessed_at);
CREATE INDEX risk_assessments_rubric ON risk_assessments (rubric_version);
CREATE TABLE vendor_documents (
    id          INTEGER PRIMARY KEY,
    vendor_id   INTEGER NOT NULL REFERENCES vendors (id),
    kind        TEXT NOT NULL CHECK (kind IN ('soc2_type2', 'iso27001', 'pentest', 'dpa', 'other')),
    title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    issued_on   TEXT CHECK (issued_on IS NULL OR date(issued_on) = issued_on),
    period_end  TEXT CHECK (period_end IS NULL OR date(period_end) = period_end),
    expires_on  TEXT CHECK (expires_on IS NULL OR date(expires_on) = expires_on),
    sha256      TEXT REFERENCES evidence_files (sha256),
    file_name   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX vendor_documents_vendor ON vendor_documents (vendor_id);
CREATE INDEX vendor_documents_file ON vendor_documents (sha256);
CREATE TABLE risk_acceptances (
    id             INTEGER PRIMARY KEY,
    vendor_id      INTEGER NOT NULL REFERENCES vendors (id),
    approver       TEXT NOT NULL CHECK (length(trim(approver)) BETWEEN 1 AND 200),
    justification  TEXT NOT NULL CHECK (length(trim(justification)) BETWEEN 1 AND 5000),
    expires_on     TEXT NOT NULL CHECK (date(expires_on) = expires_on),
    accepted_level TEXT NOT NULL CHECK (accepted_level IN ('very_low', 'low', 'moderate', 'high', 'very_high')),
    created_at     TEXT NOT NULL,
    revoked_at     TEXT
) STRICT;
CREATE INDEX risk_acceptances_vendor ON risk_acceptances (vendor_id);
CREATE TABLE "findings" (
    id            INTEGER PRIMARY KEY,
    vendor_id     INTEGER NOT NULL REFERENCES vendors (id),
    assessment_id INTEGER REFERENCES assessments (id),
    question_id   TEXT,
    question_text TEXT,
    answer        TEXT,
    severity      TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    title         TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
    owner         TEXT,
    due_date      TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
    status        TEXT NOT NULL CHECK (status IN ('open', 'remediation_requested', 'remediated', 'waived')),
    status_reason TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (status <> 'waived' OR length(trim(status_reason)) > 0),
    CHECK ((assessment_id IS NULL) = (question_id IS NULL))
) STRICT;
CREATE INDEX findings_vendor ON findings (vendor_id, status);
CREATE INDEX findings_assessment ON findings (assessment_id, question_id);
CREATE TABLE finding_evidence (
    finding_id INTEGER NOT NULL REFERENCES findings (id),
    sha256     TEXT NOT NULL REFERENCES evidence_files (sha256),
    file_name  TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
    added_at   TEXT NOT NULL,
    PRIMARY KEY (finding_id, sha256)
) STRICT, WITHOUT ROWID;
CREATE INDEX finding_evidence_file ON finding_evidence (sha256);
CREATE TABLE dora_entities (
    id         INTEGER PRIMARY KEY,
    lei        TEXT NOT NULL UNIQUE CHECK (length(lei) = 20),
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
    reporting  INTEGER NOT NULL DEFAULT 0 CHECK (reporting IN (0, 1)),
    parent_id  INTEGER REFERENCES dora_entities (id),
    facts      TEXT NOT NULL CHECK (json_valid(facts)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE UNIQUE INDEX dora_entities_one_reporting ON dora_entities (reporting) WHERE reporting = 1;
CREATE INDEX dora_entities_parent ON dora_entities (parent_id);
CREATE TABLE dora_branches (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES dora_entities (id),
    code       TEXT NOT NULL CHECK (length(trim(code)) BETWEEN 1 AND 100),
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
    country    TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (entity_id, code)
) STRICT;
CREATE INDEX dora_branches_entity ON dora_branches (entity_id);
CREATE TABLE dora_functions (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL CHECK (length(trim(code)) BETWEEN 1 AND 100),
    entity_id  INTEGER NOT NULL REFERENCES dora_entities (id),
    service_id INTEGER REFERENCES internal_services (id),
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
    facts      TEXT NOT NULL CHECK (json_valid(facts)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (code, entity_id)
) STRICT;
CREATE INDEX dora_functions_entity ON dora_functions (entity_id);
CREATE INDEX dora_functions_service ON dora_functions (service_id);
CREATE TABLE dora_providers (
    vendor_id        INTEGER PRIMARY KEY REFERENCES vendors (id),
    parent_vendor_id INTEGER REFERENCES vendors (id),
    facts            TEXT NOT NULL CHECK (json_valid(facts)),
    updated_at       TEXT NOT NULL,
    CHECK (parent_vendor_id IS NULL OR parent_vendor_id <> vendor_id)
) STRICT;
CREATE INDEX dora_providers_parent ON dora_providers (parent_vendor_id);
CREATE TABLE dora_arrangements (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL UNIQUE CHECK (length(trim(reference)) BETWEEN 1 AND 200),
    vendor_id      INTEGER NOT NULL REFERENCES vendors (id),
    entity_id      INTEGER NOT NULL REFERENCES dora_entities (id),
    overarching_id INTEGER REFERENCES dora_arrangements (id),
    facts          TEXT NOT NULL CHECK (json_valid(facts)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (overarching_id IS NULL OR overarching_id <> id)
) STRICT;
CREATE INDEX dora_arrangements_vendor ON dora_arrangements (vendor_id);
CREATE INDEX dora_arrangements_entity ON dora_arrangements (entity_id);
CREATE INDEX dora_arrangements_overarching ON dora_arrangements (overarching_id);
CREATE TABLE dora_arrangement_functions (
    arrangement_id INTEGER NOT NULL REFERENCES dora_arrangements (id),
    function_id    INTEGER NOT NULL REFERENCES dora_functions (id),
    PRIMARY KEY (arrangement_id, function_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX dora_arrangement_functions_function ON dora_arrangement_functions (function_id);
CREATE TABLE "assessments" (
    id               INTEGER PRIMARY KEY,
    vendor_id        INTEGER NOT NULL REFERENCES vendors (id),
    template_id      INTEGER NOT NULL REFERENCES questionnaire_templates (id),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'in_progress', 'submitted', 'under_review',
                                                     'accepted', 'accepted_with_conditions', 'rejected')),
    source           TEXT NOT NULL CHECK (source IN ('app', 'caiq', 'hecvat')),
    due_date         TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
    respondent       TEXT CHECK (respondent IS NULL OR length(respondent) <= 200),
    previous_id      INTEGER REFERENCES assessments (id),
    decision_reason  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    submitted_at     TEXT,
    decided_at       TEXT,
    score            REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100)
) STRICT;
CREATE INDEX assessments_vendor ON assessments (vendor_id);
CREATE INDEX assessments_template ON assessments (template_id);
CREATE INDEX assessments_previous ON assessments (previous_id);
PRAGMA application_id = 1448235569;
PRAGMA user_version = 7;
