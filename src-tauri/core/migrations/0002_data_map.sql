-- Schema version 2: the data map (taxonomy, subject groups, internal services, data flows) and
-- the fourth-party graph (vendor-to-vendor edges), all with validity dates.

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

-- Our own systems, and which vendors each depends on.
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

-- What a vendor receives from us: categories about one subject group, valid over a period.
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

-- How many of the flow's people live in each country.
CREATE TABLE data_flow_residence (
    flow_id INTEGER NOT NULL REFERENCES data_flows (id),
    country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    people  INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (flow_id, country)
) STRICT, WITHOUT ROWID;

-- Fourth parties: a vendor passing our data on to another.
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
    updated_at     TEXT NOT NULL,
    CHECK (from_vendor_id <> to_vendor_id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;

CREATE INDEX vendor_edges_from ON vendor_edges (from_vendor_id);
CREATE INDEX vendor_edges_to ON vendor_edges (to_vendor_id);

-- The categories an edge passes on; none listed means "not stated": whatever the upstream holds.
CREATE TABLE vendor_edge_categories (
    edge_id      INTEGER NOT NULL REFERENCES vendor_edges (id),
    category_key TEXT NOT NULL REFERENCES data_categories (key),
    PRIMARY KEY (edge_id, category_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX vendor_edge_categories_category ON vendor_edge_categories (category_key);

-- Open requests to review a vendor (e.g. its subprocessor list changed).
CREATE TABLE review_requests (
    id           INTEGER PRIMARY KEY,
    vendor_id    INTEGER NOT NULL REFERENCES vendors (id),
    reason       TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    resolved_at  TEXT
) STRICT;

CREATE INDEX review_requests_vendor ON review_requests (vendor_id);
