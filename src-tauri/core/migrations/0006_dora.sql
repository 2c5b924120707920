-- Schema version 6: the DORA Register of Information's own facts (Regulation (EU) 2022/2554
-- Art. 28(3); EBA reporting framework 4.0). What the register already holds (vendors, their
-- LEIs and countries, the fourth-party graph, internal services) is not repeated here. Each
-- record keeps its relations as columns and its EBA attributes in `facts`, a JSON object keyed
-- by the field names of `dora::fields` whose values are checked against the EBA's table
-- definitions before they are stored. Append-only: add 0007_*.sql for a change.

-- The group's entities in scope (B_01.01 for the one that reports, B_01.02 for all).
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

-- The branches of an entity (B_01.03).
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

-- The functions an entity runs (B_06.01), optionally the internal service behind one.
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

-- What B_05.01 asks of a vendor beyond the register's own fields.
CREATE TABLE dora_providers (
    vendor_id        INTEGER PRIMARY KEY REFERENCES vendors (id),
    parent_vendor_id INTEGER REFERENCES vendors (id),
    facts            TEXT NOT NULL CHECK (json_valid(facts)),
    updated_at       TEXT NOT NULL,
    CHECK (parent_vendor_id IS NULL OR parent_vendor_id <> vendor_id)
) STRICT;

CREATE INDEX dora_providers_parent ON dora_providers (parent_vendor_id);

-- Contractual arrangements (B_02.01, B_02.02, B_07.01); B_02.03, B_03.0x and B_04.01 follow
-- from their relations.
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

-- Which functions an arrangement's service supports.
CREATE TABLE dora_arrangement_functions (
    arrangement_id INTEGER NOT NULL REFERENCES dora_arrangements (id),
    function_id    INTEGER NOT NULL REFERENCES dora_functions (id),
    PRIMARY KEY (arrangement_id, function_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX dora_arrangement_functions_function ON dora_arrangement_functions (function_id);
