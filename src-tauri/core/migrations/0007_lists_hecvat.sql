-- Schema version 7: the regions a subprocessor list names instead of countries ("EU",
-- "Global") on its links, and questionnaires imported from a vendor's EDUCAUSE HECVAT.
-- Changing a CHECK means rebuilding the table (SQLite's documented procedure: the migration
-- runs with foreign keys off and checks them all before it commits).

ALTER TABLE vendor_edges ADD COLUMN regions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(regions));

CREATE TABLE assessments_v7 (
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

INSERT INTO assessments_v7 SELECT * FROM assessments;
DROP TABLE assessments;
ALTER TABLE assessments_v7 RENAME TO assessments;

CREATE INDEX assessments_vendor ON assessments (vendor_id);
CREATE INDEX assessments_template ON assessments (template_id);
CREATE INDEX assessments_previous ON assessments (previous_id);
