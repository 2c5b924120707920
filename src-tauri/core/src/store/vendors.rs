//! SQL for vendors, their services and contacts.

use super::{Reader, Writer};
use std::collections::HashMap;

use super::db::{Conn, Row, params_from_iter};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params, types::Value};

use super::{parse_timestamp, timestamp};
use crate::error::{CoreError, Result};
use crate::ids::{ContactId, ServiceId, VendorId};
use crate::text::Message;
use crate::validate::{FieldErrors, Money};
use crate::vendor::{
    Contact, Contract, Dpa, Service, ValidContact, ValidVendor, Vendor, VendorProfile, VendorRow, name_key,
};

const PROFILE_COLUMNS: &str = "id, name, legal_name, website, country, category, description, business_owner, status, \
     lei, vat, duns, contract_start, contract_renewal, contract_end, notice_period_days, annual_spend_minor, currency, \
     dpa_signed, breach_sla_hours, archived_at, created_at, updated_at";

/// A vendor row without its services and contacts.
struct VendorHead {
    id: VendorId,
    profile: VendorProfile,
    archived_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn money(minor: Option<i64>, currency: Option<String>) -> Option<Money> {
    minor.zip(currency).map(|(minor_units, currency)| Money { minor_units, currency })
}

fn optional_timestamp(row: &Row<'_>, column: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    row.get::<_, Option<String>>(column)?.map(|text| parse_timestamp(&text, column)).transpose()
}

fn head_from_row(row: &Row<'_>) -> rusqlite::Result<VendorHead> {
    Ok(VendorHead {
        id: row.get(0)?,
        profile: VendorProfile {
            name: row.get(1)?,
            legal_name: row.get(2)?,
            website: row.get(3)?,
            country: row.get(4)?,
            category: row.get(5)?,
            description: row.get(6)?,
            business_owner: row.get(7)?,
            status: row.get(8)?,
            lei: row.get(9)?,
            vat: row.get(10)?,
            duns: row.get(11)?,
            contract: Contract {
                start: row.get(12)?,
                renewal: row.get(13)?,
                end: row.get(14)?,
                notice_period_days: row.get(15)?,
                annual_spend: money(row.get(16)?, row.get(17)?),
            },
            dpa: Dpa { signed: row.get(18)?, breach_sla_hours: row.get(19)? },
        },
        archived_at: optional_timestamp(row, 20)?,
        created_at: parse_timestamp(&row.get::<_, String>(21)?, 21)?,
        updated_at: parse_timestamp(&row.get::<_, String>(22)?, 22)?,
    })
}

impl VendorHead {
    fn into_vendor(self, services: Vec<Service>, contacts: Vec<Contact>) -> Vendor {
        Vendor {
            id: self.id,
            profile: self.profile,
            services,
            contacts,
            archived_at: self.archived_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

fn service_from_row(row: &Row<'_>) -> rusqlite::Result<(VendorId, Service)> {
    Ok((row.get(0)?, Service { id: row.get(1)?, name: row.get(2)? }))
}

fn contact_from_row(row: &Row<'_>) -> rusqlite::Result<(VendorId, Contact)> {
    Ok((row.get(0)?, Contact { id: row.get(1)?, name: row.get(2)?, email: row.get(3)?, role: row.get(4)? }))
}

const SERVICE_COLUMNS: &str = "vendor_id, id, name FROM vendor_services";
const CONTACT_COLUMNS: &str = "vendor_id, id, name, email, role FROM vendor_contacts";

impl Reader<'_> {
    /// One vendor with its services and contacts.
    pub(crate) fn vendor(&self, id: VendorId) -> Result<Vendor> {
        let conn = self.conn;
        let head = conn
            .prepare_cached(&format!("SELECT {PROFILE_COLUMNS} FROM vendors WHERE id = ?1"))?
            .query_row([id], head_from_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found("vendor", id))?;
        let services = conn
            .prepare_cached(&format!("SELECT {SERVICE_COLUMNS} WHERE vendor_id = ?1 ORDER BY position"))?
            .query_map([id], service_from_row)?
            .map(|r| r.map(|(_, s)| s))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let contacts = conn
            .prepare_cached(&format!("SELECT {CONTACT_COLUMNS} WHERE vendor_id = ?1 ORDER BY position"))?
            .query_map([id], contact_from_row)?
            .map(|r| r.map(|(_, c)| c))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(head.into_vendor(services, contacts))
    }

    /// Every vendor, archived ones included, in id order.
    pub(crate) fn vendors(&self) -> Result<Vec<Vendor>> {
        let conn = self.conn;
        let mut services: HashMap<VendorId, Vec<Service>> = HashMap::new();
        for row in conn
            .prepare(&format!("SELECT {SERVICE_COLUMNS} ORDER BY vendor_id, position"))?
            .query_map([], service_from_row)?
        {
            let (vendor, service) = row?;
            services.entry(vendor).or_default().push(service);
        }
        let mut contacts: HashMap<VendorId, Vec<Contact>> = HashMap::new();
        for row in conn
            .prepare(&format!("SELECT {CONTACT_COLUMNS} ORDER BY vendor_id, position"))?
            .query_map([], contact_from_row)?
        {
            let (vendor, contact) = row?;
            contacts.entry(vendor).or_default().push(contact);
        }
        let mut stmt = conn.prepare(&format!("SELECT {PROFILE_COLUMNS} FROM vendors ORDER BY id"))?;
        let heads = stmt.query_map([], head_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(heads
            .into_iter()
            .map(|head| {
                let id = head.id;
                head.into_vendor(services.remove(&id).unwrap_or_default(), contacts.remove(&id).unwrap_or_default())
            })
            .collect())
    }

    /// The vendor with this exact name (case and spacing ignored).
    pub(crate) fn vendor_id_by_name(&self, name: &str) -> Result<Option<VendorId>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached("SELECT id FROM vendors WHERE name_key = ?1")?
            .query_row([name_key(name)], |r| r.get(0))
            .optional()?)
    }

    /// Every vendor's list row, archived ones included.
    pub(crate) fn vendor_rows(&self) -> Result<Vec<VendorRow>> {
        let conn = self.conn;
        let mut stmt = conn.prepare_cached(&format!("SELECT {ROW_COLUMNS} FROM vendors"))?;
        let rows = stmt.query_map([], list_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The list rows of these vendors (the ones that exist).
    pub(crate) fn vendor_rows_of(&self, ids: &[VendorId]) -> Result<Vec<VendorRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {ROW_COLUMNS} FROM vendors WHERE id = ?1"))?;
        let mut rows = Vec::with_capacity(ids.len());
        for id in ids {
            rows.extend(stmt.query_row([id], list_row).optional()?);
        }
        Ok(rows)
    }
}

impl Writer<'_> {
    /// Inserts a new vendor with its services and contacts.
    pub(crate) fn insert_vendor(&self, vendor: &ValidVendor) -> Result<VendorId> {
        let conn = self.conn();
        let now = self.now;
        ensure_unique_name(conn, &vendor.profile.name, None)?;
        let mut values = profile_params(vendor);
        values.push(Value::Text(timestamp(now)));
        values.push(Value::Text(timestamp(now)));
        let placeholders = (1..=values.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let inserted = conn
            .prepare_cached(&format!(
                "INSERT INTO vendors ({WRITE_COLUMNS}, created_at, updated_at) VALUES ({placeholders}) RETURNING id"
            ))?
            .insert_returning_id(params_from_iter(values))?;
        let id = VendorId(inserted);
        replace_services(conn, id, &vendor.services)?;
        replace_contacts(conn, id, &vendor.contacts)?;
        Ok(id)
    }

    /// Replaces a vendor's fields, services and contacts.
    pub(crate) fn update_vendor(&self, id: VendorId, vendor: &ValidVendor) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        ensure_unique_name(conn, &vendor.profile.name, Some(id))?;
        let mut values = profile_params(vendor);
        let assignments: Vec<String> =
            WRITE_COLUMNS.split(", ").enumerate().map(|(i, col)| format!("{col} = ?{}", i + 1)).collect();
        values.push(Value::Text(timestamp(now)));
        values.push(Value::Integer(id.0));
        let n = values.len();
        let sql = format!("UPDATE vendors SET {}, updated_at = ?{} WHERE id = ?{n}", assignments.join(", "), n - 1);
        if conn.prepare_cached(&sql)?.execute(params_from_iter(values))? == 0 {
            return Err(CoreError::not_found("vendor", id));
        }
        replace_services(conn, id, &vendor.services)?;
        replace_contacts(conn, id, &vendor.contacts)?;
        Ok(())
    }

    /// Archives (`Some`) or restores (`None`) a vendor.
    pub(crate) fn set_vendor_archived(&self, id: VendorId, at: Option<DateTime<Utc>>) -> Result<()> {
        let conn = self.conn();
        let now = self.now;
        let changed = conn
            .prepare_cached("UPDATE vendors SET archived_at = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, at.map(timestamp), timestamp(now)])?;
        if changed == 0 {
            return Err(CoreError::not_found("vendor", id));
        }
        Ok(())
    }
}

fn ensure_unique_name(conn: Conn<'_>, name: &str, except: Option<VendorId>) -> Result<()> {
    let clash: Option<(VendorId, bool)> = conn
        .prepare_cached("SELECT id, archived_at IS NOT NULL FROM vendors WHERE name_key = ?1")?
        .query_row([name_key(name)], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match clash {
        Some((id, archived)) if Some(id) != except => {
            let taken = if archived { "vendor-name-taken-archived" } else { "vendor-name-taken" };
            Err(FieldErrors::of("name", "duplicate", Message::new(taken).arg("name", name)).into())
        }
        _ => Ok(()),
    }
}

fn profile_params(vendor: &ValidVendor) -> Vec<Value> {
    let p = &vendor.profile;
    let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::Text);
    let date = |v: Option<chrono::NaiveDate>| v.map_or(Value::Null, |d| Value::Text(d.to_string()));
    let int = |v: Option<i64>| v.map_or(Value::Null, Value::Integer);
    let spend = p.contract.annual_spend.as_ref();
    vec![
        Value::Text(p.name.clone()),
        Value::Text(name_key(&p.name)),
        text(&p.legal_name),
        text(&p.website),
        text(&p.country),
        Value::Text(p.category.as_str().to_owned()),
        text(&p.description),
        text(&p.business_owner),
        Value::Text(p.status.as_str().to_owned()),
        text(&p.lei),
        text(&p.vat),
        text(&p.duns),
        date(p.contract.start),
        date(p.contract.renewal),
        date(p.contract.end),
        int(p.contract.notice_period_days),
        int(spend.map(|m| m.minor_units)),
        text(&spend.map(|m| m.currency.clone())),
        date(p.dpa.signed),
        int(p.dpa.breach_sla_hours),
        Value::Text(vendor.services.join(", ")),
    ]
}

const WRITE_COLUMNS: &str = "name, name_key, legal_name, website, country, category, description, \
     business_owner, status, lei, vat, duns, contract_start, contract_renewal, contract_end, notice_period_days, \
     annual_spend_minor, currency, dpa_signed, breach_sla_hours, services_label";

/// Keeps the ids of services whose names stay, so records that refer to a service survive
/// an edit of the list.
fn replace_services(conn: Conn<'_>, id: VendorId, names: &[String]) -> Result<()> {
    let existing: HashMap<String, ServiceId> = conn
        .prepare_cached("SELECT name, id FROM vendor_services WHERE vendor_id = ?1")?
        .query_map([id], |r| Ok((name_key(&r.get::<_, String>(0)?), r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let kept: Vec<ServiceId> = names.iter().filter_map(|n| existing.get(&name_key(n)).copied()).collect();
    for (key, service) in &existing {
        if !kept.contains(service) {
            conn.prepare_cached("DELETE FROM vendor_services WHERE id = ?1")
                .and_then(|mut s| s.execute([service]))
                .map_err(|e| in_use(e, key))?;
        }
    }
    for (position, name) in names.iter().enumerate() {
        match existing.get(&name_key(name)) {
            Some(service) => conn
                .prepare_cached("UPDATE vendor_services SET position = ?2, name = ?3 WHERE id = ?1")?
                .execute(params![service, position as i64, name])?,
            None => conn
                .prepare_cached("INSERT INTO vendor_services (vendor_id, position, name) VALUES (?1, ?2, ?3)")?
                .execute(params![id, position as i64, name])?,
        };
    }
    Ok(())
}

fn in_use(err: rusqlite::Error, service: &str) -> CoreError {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => {
            FieldErrors::of("services", "in_use", Message::new("vendor-service-in-use").arg("service", service)).into()
        }
        _ => err.into(),
    }
}

fn replace_contacts(conn: Conn<'_>, id: VendorId, contacts: &[ValidContact]) -> Result<()> {
    let existing: Vec<ContactId> = conn
        .prepare_cached("SELECT id FROM vendor_contacts WHERE vendor_id = ?1 ORDER BY position")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for (position, contact) in contacts.iter().enumerate() {
        match existing.get(position) {
            Some(contact_id) => conn
                .prepare_cached("UPDATE vendor_contacts SET name = ?2, email = ?3, role = ?4 WHERE id = ?1")?
                .execute(params![contact_id, contact.name, contact.email, contact.role])?,
            None => conn
                .prepare_cached(
                    "INSERT INTO vendor_contacts (vendor_id, position, name, email, role) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![id, position as i64, contact.name, contact.email, contact.role])?,
        };
    }
    for contact_id in existing.iter().skip(contacts.len()) {
        conn.prepare_cached("DELETE FROM vendor_contacts WHERE id = ?1")?.execute([contact_id])?;
    }
    Ok(())
}

const ROW_COLUMNS: &str = "id, name, legal_name, category, status, country, business_owner, services_label, \
     contract_renewal, annual_spend_minor, currency, dpa_signed, archived_at IS NOT NULL, updated_at";

fn list_row(row: &Row<'_>) -> rusqlite::Result<VendorRow> {
    Ok(VendorRow {
        id: row.get(0)?,
        name: row.get(1)?,
        legal_name: row.get(2)?,
        category: row.get(3)?,
        status: row.get(4)?,
        country: row.get(5)?,
        business_owner: row.get(6)?,
        services: row.get(7)?,
        renewal: row.get(8)?,
        annual_spend: money(row.get(9)?, row.get(10)?),
        dpa_signed: row.get(11)?,
        archived: row.get(12)?,
        updated_at: parse_timestamp(&row.get::<_, String>(13)?, 13)?,
    })
}
