//! Dates that need attention: when each vendor must be reviewed again, when documents and
//! certificates go stale, by when notice must be given to end a contract, and whether a risk
//! acceptance still holds. Pure; date arithmetic is chrono's.

use chrono::{Months, NaiveDate};

use super::records::{
    AcceptanceStatus, DocumentKind, DocumentStatus, Freshness, RenewalNotice, ReviewState, ReviewStatus,
    RiskAcceptance, VendorDocument,
};
use super::rubric::{Level, Rubric};
use crate::datamap::VendorRef;
use crate::locale::Language;
use crate::text::{text, value_name};

fn plus_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

fn freshness(due: NaiveDate, today: NaiveDate, warning_days: u32) -> Freshness {
    if due < today {
        Freshness::Stale
    } else if (due - today).num_days() <= i64::from(warning_days) {
        Freshness::Expiring
    } else {
        Freshness::Current
    }
}

/// When a vendor of `tier`, last reviewed on `last`, is due again, and how that stands today. An
/// open review request (since `requested`) brings the date forward.
pub fn review_status(
    vendor: VendorRef,
    tier: u8,
    last: Option<NaiveDate>,
    requested: Option<NaiveDate>,
    rubric: &Rubric,
    today: NaiveDate,
) -> ReviewStatus {
    let months = rubric.review_months[usize::from(tier.clamp(1, 4) - 1)];
    let by_cadence = last.map(|d| plus_months(d, months));
    let next_due = match (by_cadence, requested) {
        (Some(due), Some(asked)) => Some(due.min(asked)),
        (due, _) => due,
    };
    let state = match next_due {
        None => ReviewState::Never,
        Some(due) if due < today => ReviewState::Overdue,
        Some(due) if (due - today).num_days() <= i64::from(rubric.due_soon_days) => ReviewState::DueSoon,
        Some(_) => ReviewState::UpToDate,
    };
    ReviewStatus { vendor, tier, last_reviewed: last, next_due, state }
}

/// When a document goes stale, by its kind: SOC 2 some months after its period ends, a pen
/// test some months after it was done, anything else when it expires; said in `l`.
pub fn document_status(document: VendorDocument, rubric: &Rubric, today: NaiveDate, l: Language) -> DocumentStatus {
    let stale_on = match document.kind {
        DocumentKind::Soc2Type2 => document.period_end.map(|d| plus_months(d, rubric.soc2_stale_months)),
        DocumentKind::Pentest => document.issued_on.map(|d| plus_months(d, rubric.pentest_stale_months)),
        _ => document.expires_on,
    }
    .map(|d| d.min(document.expires_on.unwrap_or(d)));
    let (freshness, message) = match stale_on {
        None => (Freshness::Undated, text!(l, "cadence-undated", title = document.title.clone())),
        Some(date) => {
            let f = freshness(date, today, rubric.warning_days);
            let id = match f {
                Freshness::Stale => "cadence-stale-since",
                Freshness::Expiring => "cadence-goes-stale",
                _ => "cadence-current-until",
            };
            let (title, vendor) = (document.title.clone(), document.vendor.name.to_string());
            (f, text!(l, id, title = title, vendor = vendor, date = date.to_string()))
        }
    };
    DocumentStatus { document, stale_on, freshness, message }
}

/// By when notice to end the contract must be given before it renews, if a renewal date is
/// set; `None` when the renewal has passed. Said in `l`.
pub fn renewal_notice(
    vendor: VendorRef,
    (renewal, notice_days): (Option<NaiveDate>, Option<i64>),
    rubric: &Rubric,
    today: NaiveDate,
    l: Language,
) -> Option<RenewalNotice> {
    let renewal = renewal.filter(|r| *r >= today)?;
    let notice_by =
        renewal.checked_sub_days(chrono::Days::new(notice_days.unwrap_or(0).max(0) as u64)).unwrap_or(renewal);
    let freshness = freshness(notice_by, today, rubric.warning_days);
    let id = match freshness {
        Freshness::Stale => "cadence-notice-passed",
        _ => "cadence-notice-by",
    };
    let (name, by, renews) = (vendor.name.to_string(), notice_by.to_string(), renewal.to_string());
    let message = text!(l, id, vendor = name, by = by, renewal = renews);
    Some(RenewalNotice { vendor, renewal, notice_by, freshness, message })
}

/// Whether an acceptance still holds: not revoked, not expired, and the vendor's residual risk
/// still the level accepted; why not, said in `l`.
pub fn acceptance_status(
    acceptance: RiskAcceptance,
    residual: Level,
    today: NaiveDate,
    l: Language,
) -> AcceptanceStatus {
    let level = |level: Level| value_name(l, "level", level);
    let reason = if acceptance.revoked_at.is_some() {
        Some(text!(l, "cadence-revoked"))
    } else if acceptance.expires_on < today {
        Some(text!(l, "cadence-expired", date = acceptance.expires_on.to_string()))
    } else if residual != acceptance.accepted_level {
        Some(text!(l, "cadence-residual-changed", now = level(residual), accepted = level(acceptance.accepted_level)))
    } else {
        None
    };
    AcceptanceStatus { stale: reason.is_some(), reason, acceptance }
}
