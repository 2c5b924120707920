-- Schema version 5: risk — the versioned rubric, vendors' risk profiles and overrides, dated
-- risk assessments (each freezing its rubric), documents and certificates, risk acceptances;
-- findings may now be entered by hand and carry evidence; accepted questionnaires keep their
-- score.

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

ALTER TABLE assessments ADD COLUMN score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100);

-- Findings entered by hand have no assessment or question.
CREATE TABLE findings_v5 (
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

INSERT INTO findings_v5 SELECT * FROM findings;
DROP TABLE findings;
ALTER TABLE findings_v5 RENAME TO findings;

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
