//! The vendor list, filtered, sorted and paged in memory.
//!
//! A register's list rows are loaded once (a few milliseconds for 10,000 vendors) and kept,
//! the changed vendors' rows replaced as the register changes; every page is a filter, a sort
//! and a slice in Rust, well under a millisecond or two. Pure logic: the store supplies the rows.

use std::cmp::Ordering;

use super::{ArchivedFilter, Page, SortDirection, VendorQuery, VendorRow, VendorSortKey, name_key};

/// A list row with the case-folded keys it is searched and sorted by.
#[derive(Debug, Clone)]
pub struct ListEntry {
    row: VendorRow,
    name_key: String,
    search_text: String,
    owner_key: Option<String>,
    services_key: String,
}

impl ListEntry {
    /// Wraps a row; `search_text` is what a name search matches (name and legal name).
    pub fn new(row: VendorRow) -> Self {
        let search_text = format!("{} {}", name_key(&row.name), row.legal_name.as_deref().unwrap_or("").to_lowercase());
        ListEntry {
            name_key: name_key(&row.name),
            owner_key: row.business_owner.as_deref().map(str::to_lowercase),
            services_key: row.services.to_lowercase(),
            search_text,
            row,
        }
    }

    fn matches(&self, query: &VendorQuery, needle: &str) -> bool {
        let archived_ok = match query.archived {
            ArchivedFilter::Exclude => !self.row.archived,
            ArchivedFilter::Only => self.row.archived,
            ArchivedFilter::Include => true,
        };
        archived_ok
            && (query.statuses.is_empty() || query.statuses.contains(&self.row.status))
            && (query.categories.is_empty() || query.categories.contains(&self.row.category))
            && (needle.is_empty() || self.search_text.contains(needle))
    }
}

/// Every vendor's list row, ready to be queried.
#[derive(Debug, Clone, Default)]
pub struct VendorList {
    entries: Vec<ListEntry>,
}

impl VendorList {
    /// A list over these rows.
    pub fn new(rows: Vec<VendorRow>) -> Self {
        VendorList { entries: rows.into_iter().map(ListEntry::new).collect() }
    }

    /// Replaces the rows of these vendors (adding the new ones): the list after some vendors
    /// changed, without reloading the others.
    pub fn upsert(&mut self, rows: Vec<VendorRow>) {
        let mut changed: std::collections::HashMap<_, _> = rows.into_iter().map(|r| (r.id, r)).collect();
        for entry in &mut self.entries {
            if let Some(row) = changed.remove(&entry.row.id) {
                *entry = ListEntry::new(row);
            }
        }
        let mut added: Vec<VendorRow> = changed.into_values().collect();
        added.sort_by_key(|r| r.id);
        self.entries.extend(added.into_iter().map(ListEntry::new));
    }

    /// One page: the rows matching the query's filters, in its order, from its offset.
    pub fn page(&self, query: &VendorQuery) -> Page<VendorRow> {
        let needle = query.search.trim().to_lowercase();
        let mut matching: Vec<&ListEntry> = self.entries.iter().filter(|e| e.matches(query, &needle)).collect();
        let total = matching.len() as u64;
        matching.sort_unstable_by(|a, b| compare(a, b, query.sort, query.direction));
        let offset = usize::try_from(query.offset).unwrap_or(usize::MAX).min(matching.len());
        let limit = usize::try_from(query.limit.clamp(1, VendorQuery::MAX_LIMIT)).unwrap_or(100);
        let items = matching.into_iter().skip(offset).take(limit).map(|e| e.row.clone()).collect();
        Page { items, total, offset: query.offset }
    }
}

/// Orders by the key (absent values last in either direction), then name, then id.
fn compare(a: &ListEntry, b: &ListEntry, key: VendorSortKey, direction: SortDirection) -> Ordering {
    let (a_missing, b_missing) = (missing(a, key), missing(b, key));
    if a_missing != b_missing {
        return if a_missing { Ordering::Greater } else { Ordering::Less };
    }
    let ordering = key_order(a, b, key).then_with(|| a.name_key.cmp(&b.name_key)).then_with(|| a.row.id.cmp(&b.row.id));
    match direction {
        SortDirection::Asc => ordering,
        SortDirection::Desc => ordering.reverse(),
    }
}

/// Whether the entry has no value for the sort key.
fn missing(entry: &ListEntry, key: VendorSortKey) -> bool {
    match key {
        VendorSortKey::Country => entry.row.country.is_none(),
        VendorSortKey::BusinessOwner => entry.owner_key.is_none(),
        VendorSortKey::Renewal => entry.row.renewal.is_none(),
        VendorSortKey::AnnualSpend => entry.row.annual_spend.is_none(),
        VendorSortKey::DpaSigned => entry.row.dpa_signed.is_none(),
        VendorSortKey::Name
        | VendorSortKey::Category
        | VendorSortKey::Status
        | VendorSortKey::Services
        | VendorSortKey::UpdatedAt => false,
    }
}

fn key_order(a: &ListEntry, b: &ListEntry, key: VendorSortKey) -> Ordering {
    match key {
        VendorSortKey::Name => Ordering::Equal,
        VendorSortKey::Category => a.row.category.as_str().cmp(b.row.category.as_str()),
        VendorSortKey::Status => a.row.status.cmp(&b.row.status),
        VendorSortKey::Country => a.row.country.cmp(&b.row.country),
        VendorSortKey::BusinessOwner => a.owner_key.cmp(&b.owner_key),
        VendorSortKey::Services => a.services_key.cmp(&b.services_key),
        VendorSortKey::Renewal => a.row.renewal.cmp(&b.row.renewal),
        VendorSortKey::AnnualSpend => spend(a).cmp(&spend(b)),
        VendorSortKey::DpaSigned => a.row.dpa_signed.cmp(&b.row.dpa_signed),
        VendorSortKey::UpdatedAt => a.row.updated_at.cmp(&b.row.updated_at),
    }
}

fn spend(entry: &ListEntry) -> Option<i64> {
    entry.row.annual_spend.as_ref().map(|m| m.minor_units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::VendorId;
    use crate::validate::Money;
    use crate::vendor::{LifecycleStatus, VendorCategory};

    fn row(id: i64, name: &str, renewal: Option<&str>, spend: Option<i64>, archived: bool) -> VendorRow {
        VendorRow {
            id: VendorId(id),
            name: name.into(),
            legal_name: Some(format!("{name} Holdings")),
            category: if id % 2 == 0 { VendorCategory::Analytics } else { VendorCategory::Payments },
            status: LifecycleStatus::Active,
            country: None,
            business_owner: None,
            services: String::new(),
            renewal: renewal.map(|d| d.parse().unwrap()),
            annual_spend: spend.map(|minor_units| Money { minor_units, currency: "USD".into() }),
            dpa_signed: None,
            archived,
            updated_at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
        }
    }

    fn names(page: &Page<VendorRow>) -> Vec<&str> {
        page.items.iter().map(|r| r.name.as_str()).collect()
    }

    fn list() -> VendorList {
        VendorList::new(vec![
            row(1, "zendesk", Some("2026-04-15"), Some(9_600_000), false),
            row(2, "Mixpanel", None, Some(5_400_000), false),
            row(3, "amazon", Some("2027-06-01"), None, false),
            row(4, "Heap", Some("2024-01-01"), Some(3_000_000), true),
            row(5, "Łódź Logistics", Some("2026-04-15"), Some(100), false),
        ])
    }

    #[test]
    fn names_sort_case_insensitively_and_archived_rows_are_hidden() {
        let page = list().page(&VendorQuery::default());
        assert_eq!(names(&page), ["amazon", "Mixpanel", "zendesk", "Łódź Logistics"]);
        assert_eq!(page.total, 4);
    }

    #[test]
    fn absent_values_sort_last_in_both_directions() {
        let mut query = VendorQuery { sort: VendorSortKey::Renewal, ..VendorQuery::default() };
        assert_eq!(names(&list().page(&query)), ["zendesk", "Łódź Logistics", "amazon", "Mixpanel"]);
        query.direction = SortDirection::Desc;
        assert_eq!(names(&list().page(&query)), ["amazon", "Łódź Logistics", "zendesk", "Mixpanel"]);
        let by_spend =
            VendorQuery { sort: VendorSortKey::AnnualSpend, direction: SortDirection::Desc, ..VendorQuery::default() };
        assert_eq!(names(&list().page(&by_spend)), ["zendesk", "Mixpanel", "Łódź Logistics", "amazon"]);
    }

    #[test]
    fn filters_search_and_paging() {
        let search = VendorQuery { search: " ŁÓDŹ ".into(), ..VendorQuery::default() };
        assert_eq!(names(&list().page(&search)), ["Łódź Logistics"]);
        let legal =
            VendorQuery { search: "heap holdings".into(), archived: ArchivedFilter::Only, ..VendorQuery::default() };
        assert_eq!(names(&list().page(&legal)), ["Heap"]);
        let payments = VendorQuery { categories: vec![VendorCategory::Payments], ..VendorQuery::default() };
        assert_eq!(names(&list().page(&payments)), ["amazon", "zendesk", "Łódź Logistics"]);
        let second = VendorQuery { offset: 2, limit: 1, ..VendorQuery::default() };
        let page = list().page(&second);
        assert_eq!((names(&page), page.total, page.offset), (vec!["zendesk"], 4, 2));
        let beyond = VendorQuery { offset: 99, ..VendorQuery::default() };
        assert!(list().page(&beyond).items.is_empty());
    }
}
