-- Schema version 3: incidents at vendors, with confirmed exposure, judgements, steps done and
-- notes. The organisation profile lives in register_meta under the key 'org_profile'.

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
