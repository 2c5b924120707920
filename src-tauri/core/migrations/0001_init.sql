-- Schema version 1: register metadata, vendors with services and contacts, the audit log.
-- Append-only: never edit a released migration; add 0002_*.sql instead.

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
