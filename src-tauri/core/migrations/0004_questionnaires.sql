-- Schema version 4: questionnaire templates, assessments and their answers, evidence files
-- (content-addressed), and findings.

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

CREATE TABLE assessments (
    id               INTEGER PRIMARY KEY,
    vendor_id        INTEGER NOT NULL REFERENCES vendors (id),
    template_id      INTEGER NOT NULL REFERENCES questionnaire_templates (id),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'in_progress', 'submitted', 'under_review',
                                                     'accepted', 'accepted_with_conditions', 'rejected')),
    source           TEXT NOT NULL CHECK (source IN ('app', 'caiq')),
    due_date         TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
    respondent       TEXT CHECK (respondent IS NULL OR length(respondent) <= 200),
    previous_id      INTEGER REFERENCES assessments (id),
    decision_reason  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    submitted_at     TEXT,
    decided_at       TEXT
) STRICT;

CREATE INDEX assessments_vendor ON assessments (vendor_id);
CREATE INDEX assessments_template ON assessments (template_id);
CREATE INDEX assessments_previous ON assessments (previous_id);

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

CREATE TABLE findings (
    id            INTEGER PRIMARY KEY,
    vendor_id     INTEGER NOT NULL REFERENCES vendors (id),
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    question_id   TEXT NOT NULL,
    question_text TEXT NOT NULL,
    answer        TEXT NOT NULL,
    severity      TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    title         TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
    owner         TEXT,
    due_date      TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
    status        TEXT NOT NULL CHECK (status IN ('open', 'remediation_requested', 'remediated', 'waived')),
    status_reason TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (status <> 'waived' OR length(trim(status_reason)) > 0)
) STRICT;

CREATE INDEX findings_vendor ON findings (vendor_id);
CREATE INDEX findings_assessment ON findings (assessment_id, question_id);
