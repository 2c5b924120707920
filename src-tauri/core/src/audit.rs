//! The audit log: who changed what, when, from which value to which.
//!
//! Entries form a hash chain: each entry's hash covers its own fields and the previous entry's
//! hash, so editing, deleting or reordering an entry breaks the chain. Each entry about a
//! record also carries the hash of that record's state after the change; comparing those with
//! the records' current states reveals records edited, added or deleted outside the app.
//! This module is pure: the store feeds it entries and current states.

use std::collections::HashMap;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::actor::Role;

/// The `prev_hash` of the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One field's change: its value before and after, as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// An entry as written to the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub role: Role,
    /// What happened, e.g. `vendor.update`.
    pub action: String,
    /// The kind of record changed, e.g. `vendor`; `register` for register-wide events.
    pub entity_kind: String,
    pub entity_id: Option<i64>,
    /// A human label for the record, e.g. the vendor's name.
    pub summary: String,
    pub changes: Vec<FieldChange>,
    /// SHA-256 of the record's state after the change; `None` when it no longer exists.
    pub state_hash: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// What a mutation records, before the store numbers and chains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub action: String,
    pub entity_kind: String,
    pub entity_id: Option<i64>,
    pub summary: String,
    pub changes: Vec<FieldChange>,
    pub state_hash: Option<String>,
}

impl AuditRecord {
    /// A record change, diffing the record's serialized state before and after.
    pub fn change<T: Serialize>(
        action: &str,
        kind: &str,
        id: i64,
        summary: &str,
        before: Option<&T>,
        after: Option<&T>,
    ) -> Self {
        let before = before.map(to_value);
        let after_value = after.map(to_value);
        AuditRecord {
            action: action.to_owned(),
            entity_kind: kind.to_owned(),
            entity_id: Some(id),
            summary: summary.to_owned(),
            changes: diff(before.as_ref(), after_value.as_ref()),
            state_hash: after.map(state_hash),
        }
    }

    /// Like [`AuditRecord::change`] for records that refer to others by `{ id, name }`: the
    /// state hash ignores those names.
    pub fn linked_change<T: Serialize>(
        action: &str,
        kind: &str,
        id: i64,
        summary: &str,
        before: Option<&T>,
        after: Option<&T>,
    ) -> Self {
        AuditRecord {
            state_hash: after.map(linked_state_hash),
            ..Self::change(action, kind, id, summary, before, after)
        }
    }

    /// An event about the register as a whole.
    pub fn register_event(action: &str, summary: &str) -> Self {
        AuditRecord {
            action: action.to_owned(),
            entity_kind: "register".to_owned(),
            entity_id: None,
            summary: summary.to_owned(),
            changes: Vec::new(),
            state_hash: None,
        }
    }
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// SHA-256 (hex) of a record's canonical JSON form.
pub fn state_hash<T: Serialize>(state: &T) -> String {
    let bytes = serde_json::to_vec(state).unwrap_or_default();
    hex::encode(Sha256::digest(bytes))
}

/// SHA-256 of a record's own fields, in canonical JSON (keys sorted): references to other
/// records (`{ id, name }`) count by id only, so renaming a vendor does not look like an edit
/// of every flow that mentions it.
pub fn linked_state_hash<T: Serialize>(state: &T) -> String {
    hex::encode(Sha256::digest(crate::canonical::to_vec(state, true)))
}

/// Fields that change on every write and would only add noise to a diff.
const UNDIFFED: &[&str] = &["updatedAt", "createdAt", "id"];

/// Field-by-field differences between two JSON states (nested objects flattened to dotted
/// paths; lists compared whole).
pub fn diff(before: Option<&Value>, after: Option<&Value>) -> Vec<FieldChange> {
    let mut old = Vec::new();
    let mut new = Vec::new();
    if let Some(value) = before {
        flatten("", value, &mut old);
    }
    if let Some(value) = after {
        flatten("", value, &mut new);
    }
    let old: HashMap<String, String> = old.into_iter().collect();
    let mut changes: Vec<FieldChange> = new
        .iter()
        .filter(|(field, value)| old.get(field) != Some(value))
        .map(|(field, value)| FieldChange {
            field: field.clone(),
            old: old.get(field).cloned(),
            new: Some(value.clone()),
        })
        .collect();
    let new_fields: std::collections::HashSet<&String> = new.iter().map(|(f, _)| f).collect();
    let mut removed: Vec<FieldChange> = old
        .iter()
        .filter(|(field, _)| !new_fields.contains(field))
        .map(|(field, value)| FieldChange { field: field.clone(), old: Some(value.clone()), new: None })
        .collect();
    removed.sort_by(|a, b| a.field.cmp(&b.field));
    changes.extend(removed);
    changes
}

fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                if prefix.is_empty() && UNDIFFED.contains(&key.as_str()) {
                    continue;
                }
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&path, inner, out);
            }
        }
        Value::Null => {}
        Value::String(text) => out.push((prefix.to_owned(), text.clone())),
        Value::Array(items) if items.is_empty() => {}
        Value::Array(items) => out.push((prefix.to_owned(), list_text(items))),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

/// A list as readable text: strings joined, objects without their ids.
fn list_text(items: &[Value]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|item| match item {
            Value::String(text) => text.clone(),
            Value::Object(map) => {
                let fields: Vec<String> = map
                    .iter()
                    .filter(|(key, v)| key.as_str() != "id" && !v.is_null())
                    .map(|(_, v)| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                    .collect();
                fields.join(" / ")
            }
            other => other.to_string(),
        })
        .collect();
    parts.join("; ")
}

/// The entry's hash over its own fields and its predecessor's hash: SHA-256 of the canonical
/// JSON array of them.
pub fn entry_hash(entry: &AuditEntry) -> String {
    let at = entry.at.to_rfc3339_opts(SecondsFormat::Micros, true);
    let fields = EntryFields {
        seq: entry.seq,
        at: &at,
        actor: &entry.actor,
        role: entry.role,
        action: &entry.action,
        entity_kind: &entry.entity_kind,
        entity_id: entry.entity_id,
        summary: &entry.summary,
        changes: &entry.changes,
        state_hash: entry.state_hash.as_deref(),
        prev_hash: &entry.prev_hash,
    };
    hex::encode(fields.digest().unwrap_or_default())
}

/// An entry's hashed fields, borrowed: from an [`AuditEntry`], or straight from a stored row
/// (whose `changes` are parsed without copying their text).
#[derive(Debug, Clone, Copy)]
pub struct EntryFields<'a, C: CanonicalChange> {
    pub seq: i64,
    /// RFC 3339, UTC, microseconds: as entries are hashed.
    pub at: &'a str,
    pub actor: &'a str,
    pub role: Role,
    pub action: &'a str,
    pub entity_kind: &'a str,
    pub entity_id: Option<i64>,
    pub summary: &'a str,
    pub changes: &'a [C],
    pub state_hash: Option<&'a str>,
    pub prev_hash: &'a str,
}

/// A field change as the canonical JSON of an entry writes it, however it is held.
pub trait CanonicalChange {
    /// Writes the field name as a JSON string; `None` if it cannot be (it is not text).
    fn write_field(&self, out: &mut Vec<u8>) -> Option<()>;
    /// Writes the old value as a JSON string or `null`.
    fn write_old(&self, out: &mut Vec<u8>) -> Option<()>;
    /// Writes the new value as a JSON string or `null`.
    fn write_new(&self, out: &mut Vec<u8>) -> Option<()>;
}

impl CanonicalChange for FieldChange {
    fn write_field(&self, out: &mut Vec<u8>) -> Option<()> {
        crate::canonical::text(out, &self.field);
        Some(())
    }
    fn write_old(&self, out: &mut Vec<u8>) -> Option<()> {
        crate::canonical::optional_text(out, self.old.as_deref());
        Some(())
    }
    fn write_new(&self, out: &mut Vec<u8>) -> Option<()> {
        crate::canonical::optional_text(out, self.new.as_deref());
        Some(())
    }
}

impl<C: CanonicalChange> EntryFields<'_, C> {
    /// The canonical JSON array of the fields, as `serde_json` prints the `Value` of it (an
    /// object's keys sorted: `field`, `new`, `old`). Written directly: `audit verify` hashes
    /// every entry of the log.
    fn canonical(&self) -> Option<Vec<u8>> {
        use crate::canonical::{optional_text, text};
        let mut out = Vec::with_capacity(256 + self.summary.len() + 64 * self.changes.len());
        out.extend_from_slice(format!("[{},", self.seq).as_bytes());
        for field in [self.at, self.actor, self.role.as_str(), self.action, self.entity_kind] {
            text(&mut out, field);
            out.push(b',');
        }
        match self.entity_id {
            Some(id) => out.extend_from_slice(id.to_string().as_bytes()),
            None => out.extend_from_slice(b"null"),
        }
        out.push(b',');
        text(&mut out, self.summary);
        out.extend_from_slice(b",[");
        for (i, change) in self.changes.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"field\":");
            change.write_field(&mut out)?;
            out.extend_from_slice(b",\"new\":");
            change.write_new(&mut out)?;
            out.extend_from_slice(b",\"old\":");
            change.write_old(&mut out)?;
            out.push(b'}');
        }
        out.extend_from_slice(b"],");
        optional_text(&mut out, self.state_hash);
        out.push(b',');
        text(&mut out, self.prev_hash);
        out.push(b']');
        Some(out)
    }

    /// SHA-256 of the canonical JSON array of the fields; `None` when a change's value is not
    /// text.
    pub fn digest(&self) -> Option<[u8; 32]> {
        Some(Sha256::digest(self.canonical()?).into())
    }

    /// Whether the fields hash to `hash` (hex); `None` when they cannot be hashed.
    pub fn matches(&self, hash: &str) -> Option<bool> {
        let mut stored = [0u8; 32];
        let digest = self.digest()?;
        Some(hex::decode_to_slice(hash, &mut stored).is_ok() && stored == digest)
    }
}

/// The fields of a stored entry that place it in the chain and name the record it is about.
#[derive(Debug, Clone, Copy)]
pub struct ChainLink<'a> {
    pub seq: i64,
    pub entity_kind: &'a str,
    pub entity_id: Option<i64>,
    pub state_hash: Option<&'a str>,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

impl AuditEntry {
    /// Where this entry sits in the chain.
    pub fn link(&self) -> ChainLink<'_> {
        ChainLink {
            seq: self.seq,
            entity_kind: &self.entity_kind,
            entity_id: self.entity_id,
            state_hash: self.state_hash.as_deref(),
            prev_hash: &self.prev_hash,
            hash: &self.hash,
        }
    }
}

/// What `audit verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AuditVerification {
    /// True when the chain is intact and every record matches its last audited state.
    pub intact: bool,
    pub entries_checked: u64,
    /// The hash of the last entry: a fingerprint of the register's whole history.
    pub head_hash: String,
    pub problems: Vec<AuditProblem>,
}

/// One thing `audit verify` found wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AuditProblem {
    /// The audit entry concerned, when there is one.
    pub seq: Option<i64>,
    pub kind: AuditProblemKind,
    pub message: String,
}

/// The kinds of tampering `audit verify` tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AuditProblemKind {
    /// An entry's content no longer matches its hash.
    EntryAltered,
    /// Entries are missing from the sequence.
    EntryMissing,
    /// An entry does not follow its predecessor's hash.
    ChainBroken,
    /// A record differs from its last audited state.
    RecordAltered,
    /// A record exists without any audit history.
    RecordUnaudited,
    /// A record the log says exists is gone.
    RecordDeleted,
    /// The triggers that keep the log append-only were removed.
    ProtectionRemoved,
}

/// A record's last audited state, as the log says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Audited {
    /// The hash of the state after the entry.
    State([u8; 32]),
    /// The entry says the record was deleted.
    Deleted,
    /// The entry's state hash is not a hash at all: no state matches it.
    Unreadable,
}

impl Audited {
    fn of(state_hash: Option<&str>) -> Audited {
        let mut bytes = [0u8; 32];
        match state_hash {
            None => Audited::Deleted,
            Some(text) if hex::decode_to_slice(text, &mut bytes).is_ok() => Audited::State(bytes),
            Some(_) => Audited::Unreadable,
        }
    }

    fn matches(&self, hash: &str) -> bool {
        let mut bytes = [0u8; 32];
        matches!(self, Audited::State(audited) if hex::decode_to_slice(hash, &mut bytes).is_ok() && &bytes == audited)
    }
}

/// Walks the log in sequence order, then compares records with their last audited state. It
/// keeps one small entry per audited record (not the entries), so a long log verifies in
/// little memory.
#[derive(Debug)]
pub struct ChainVerifier {
    expected_seq: i64,
    prev_hash: String,
    entries: u64,
    /// Record kinds by index.
    kinds: Vec<String>,
    /// Per record (kind index, id): the last entry about it and the state it recorded.
    last_state: rustc_hash::FxHashMap<(u16, i64), (i64, Audited)>,
    /// The records of the kind being checked that were seen, by id.
    seen: rustc_hash::FxHashSet<i64>,
    checking: Option<u16>,
    problems: Vec<AuditProblem>,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        ChainVerifier {
            expected_seq: 1,
            prev_hash: GENESIS_HASH.to_owned(),
            entries: 0,
            kinds: Vec::new(),
            last_state: rustc_hash::FxHashMap::default(),
            seen: rustc_hash::FxHashSet::default(),
            checking: None,
            problems: Vec::new(),
        }
    }
}

impl ChainVerifier {
    /// Checks the next entry of the log.
    pub fn push(&mut self, entry: &AuditEntry) {
        let intact = entry_hash(entry) == entry.hash;
        self.push_link(entry.link(), intact);
    }

    /// Checks the next entry of the log, whose hash was already compared (`intact`: its
    /// content matches its hash), e.g. on another thread.
    pub fn push_link(&mut self, entry: ChainLink<'_>, intact: bool) {
        self.entries += 1;
        if entry.seq > self.expected_seq {
            let missing = if entry.seq - self.expected_seq == 1 {
                format!("entry {} is missing (deleted)", self.expected_seq)
            } else {
                format!("entries {} to {} are missing (deleted)", self.expected_seq, entry.seq - 1)
            };
            self.problem(Some(entry.seq), AuditProblemKind::EntryMissing, missing);
        }
        if !intact {
            self.problem(
                Some(entry.seq),
                AuditProblemKind::EntryAltered,
                format!("entry {} was altered after it was written", entry.seq),
            );
        } else if entry.prev_hash != self.prev_hash {
            let message =
                format!("entry {} does not follow the entry before it: entries were reordered or removed", entry.seq);
            self.problem(Some(entry.seq), AuditProblemKind::ChainBroken, message);
        }
        if let Some(id) = entry.entity_id {
            let kind = self.kind_index(entry.entity_kind);
            self.last_state.insert((kind, id), (entry.seq, Audited::of(entry.state_hash)));
        }
        self.expected_seq = entry.seq + 1;
        self.prev_hash.clear();
        self.prev_hash.push_str(entry.hash);
    }

    fn kind_index(&mut self, kind: &str) -> u16 {
        match self.kinds.iter().position(|k| k == kind) {
            Some(i) => i as u16,
            None => {
                self.kinds.push(kind.to_owned());
                (self.kinds.len() - 1) as u16
            }
        }
    }

    /// How many entries were checked so far.
    pub fn entries_checked(&self) -> u64 {
        self.entries
    }

    /// Notes an entry whose stored fields cannot even be read back.
    pub fn unreadable(&mut self, seq: i64) {
        self.entries += 1;
        self.problem(
            Some(seq),
            AuditProblemKind::EntryAltered,
            format!("entry {seq} was altered after it was written (unreadable)"),
        );
        self.expected_seq = seq + 1;
        self.prev_hash = String::new();
    }

    /// Notes a built-in record (e.g. a taxonomy category) that differs from the app's own copy.
    pub fn builtin_altered(&mut self, what: &str) {
        self.problem(None, AuditProblemKind::RecordAltered, format!("{what} was changed outside the app"));
    }

    /// Notes that the append-only triggers are missing.
    pub fn protection_removed(&mut self, detail: &str) {
        self.problem(
            None,
            AuditProblemKind::ProtectionRemoved,
            format!("the audit log's append-only protection was removed ({detail})"),
        );
    }

    /// Compares the current records of one kind with their last audited states.
    pub fn check_records(&mut self, kind: &str, current: &[(i64, String, String)]) {
        self.begin_records(kind);
        for (id, label, hash) in current {
            self.record(*id, label, hash);
        }
        self.end_records();
    }

    /// Starts comparing the records of `kind`: give each with [`ChainVerifier::record`], then
    /// call [`ChainVerifier::end_records`].
    pub fn begin_records(&mut self, kind: &str) {
        self.end_records();
        self.checking = Some(self.kind_index(kind));
    }

    /// Compares one current record (its id, a label for messages, its state hash).
    pub fn record(&mut self, id: i64, label: &str, hash: &str) {
        let Some(kind_index) = self.checking else { return };
        self.seen.insert(id);
        let kind = &self.kinds[kind_index as usize];
        let problem = match self.last_state.get(&(kind_index, id)).copied() {
            None => Some((
                None,
                AuditProblemKind::RecordUnaudited,
                format!("{kind} {id} ({label}) has no audit history: it was added outside the app"),
            )),
            Some((seq, Audited::Deleted)) => Some((
                Some(seq),
                AuditProblemKind::RecordUnaudited,
                format!("{kind} {id} ({label}) was deleted in entry {seq} but exists again"),
            )),
            Some((seq, audited)) if !audited.matches(hash) => Some((
                Some(seq),
                AuditProblemKind::RecordAltered,
                format!("{kind} {id} ({label}) was changed outside the app after audit entry {seq}"),
            )),
            Some(_) => None,
        };
        if let Some((seq, kind, message)) = problem {
            self.problem(seq, kind, message);
        }
    }

    /// Ends the records of the kind being compared: the audited ones not given were deleted.
    pub fn end_records(&mut self) {
        let Some(kind_index) = self.checking.take() else { return };
        let mut deleted: Vec<(i64, i64)> = self
            .last_state
            .iter()
            .filter(|((k, id), (_, state))| {
                *k == kind_index && !matches!(state, Audited::Deleted) && !self.seen.contains(id)
            })
            .map(|((_, id), (seq, _))| (*id, *seq))
            .collect();
        deleted.sort_unstable();
        let kind = self.kinds[kind_index as usize].clone();
        for (id, seq) in deleted {
            self.problem(
                Some(seq),
                AuditProblemKind::RecordDeleted,
                format!("{kind} {id} was deleted outside the app (last audited in entry {seq})"),
            );
        }
        self.seen.clear();
    }

    fn problem(&mut self, seq: Option<i64>, kind: AuditProblemKind, message: String) {
        self.problems.push(AuditProblem { seq, kind, message });
    }

    /// The verdict.
    pub fn finish(mut self) -> AuditVerification {
        self.end_records();
        AuditVerification {
            intact: self.problems.is_empty(),
            entries_checked: self.entries,
            head_hash: self.prev_hash,
            problems: self.problems,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hashes as first defined: through a `serde_json::Value` tree. The canonical writer
    /// must give the same bytes, or every existing register's chain would break.
    fn reference_linked(state: &impl Serialize) -> String {
        fn ids_only(value: Value) -> Value {
            match value {
                Value::Object(map) if map.len() == 2 && map.contains_key("id") && map.contains_key("name") => {
                    map.get("id").cloned().unwrap_or(Value::Null)
                }
                Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, ids_only(v))).collect()),
                Value::Array(items) => Value::Array(items.into_iter().map(ids_only).collect()),
                other => other,
            }
        }
        state_hash(&ids_only(to_value(state)))
    }

    fn reference_entry(entry: &AuditEntry) -> String {
        let canonical = serde_json::json!([
            entry.seq,
            entry.at.to_rfc3339_opts(SecondsFormat::Micros, true),
            entry.actor,
            entry.role.as_str(),
            entry.action,
            entry.entity_kind,
            entry.entity_id,
            entry.summary,
            entry.changes,
            entry.state_hash,
            entry.prev_hash,
        ]);
        hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
    }

    #[test]
    fn the_canonical_writer_hashes_every_record_and_entry_as_first_defined() {
        let register = crate::Register::in_memory(crate::RegisterOptions::default()).unwrap();
        crate::sample::write_sample(&register).unwrap();
        let mut checked = 0;
        let mut same = |linked: String, reference: String, what: &str| {
            assert_eq!(linked, reference, "{what}");
            checked += 1;
        };
        for f in register.flows(None).unwrap() {
            same(linked_state_hash(&f), reference_linked(&f), "flow");
        }
        for e in register.edges(None).unwrap() {
            same(linked_state_hash(&e), reference_linked(&e), "edge");
        }
        for s in register.services().unwrap() {
            same(linked_state_hash(&s), reference_linked(&s), "service");
        }
        for i in register.incidents().unwrap() {
            let incident = register.incident(i.id).unwrap().incident;
            same(linked_state_hash(&incident), reference_linked(&incident), "incident");
        }
        for f in register.findings(None, None).unwrap() {
            same(linked_state_hash(&f), reference_linked(&f), "finding");
        }
        for d in register.documents(None).unwrap() {
            same(linked_state_hash(&d.document), reference_linked(&d.document), "document");
        }
        for a in register.acceptances(None).unwrap() {
            same(linked_state_hash(&a.acceptance), reference_linked(&a.acceptance), "acceptance");
        }
        let odd = serde_json::json!({"b": [1.5, -0.0, 1e300, "é\u{1}\"\\"], "a": {"name": "x", "id": 3}, "c": null});
        same(linked_state_hash(&odd), reference_linked(&odd), "escapes, floats, nested reference");
        let page = register.audit_log(&crate::AuditQuery { limit: 1000, ..Default::default() }).unwrap();
        for entry in &page.items {
            same(entry_hash(entry), reference_entry(entry), "audit entry");
        }
        assert!(checked > 150, "{checked}");
    }

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS_HASH.to_owned();
        (1..=n)
            .map(|seq| {
                let mut entry = AuditEntry {
                    seq,
                    at: DateTime::from_timestamp(1_700_000_000 + seq, 0).unwrap(),
                    actor: "ana".into(),
                    role: Role::Compliance,
                    action: "vendor.update".into(),
                    entity_kind: "vendor".into(),
                    entity_id: Some(seq % 2),
                    summary: format!("vendor {seq}"),
                    changes: vec![FieldChange { field: "name".into(), old: None, new: Some(format!("v{seq}")) }],
                    state_hash: Some(state(&format!("state{seq}"))),
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                entry.hash = entry_hash(&entry);
                prev = entry.hash.clone();
                entry
            })
            .collect()
    }

    /// A record state's hash, as entries carry them.
    fn state(name: &str) -> String {
        state_hash(&name)
    }

    fn verify(entries: &[AuditEntry]) -> Vec<AuditProblemKind> {
        let mut verifier = ChainVerifier::default();
        entries.iter().for_each(|e| verifier.push(e));
        verifier.finish().problems.into_iter().map(|p| p.kind).collect()
    }

    #[test]
    fn an_untouched_chain_verifies() {
        assert!(verify(&chain(5)).is_empty());
    }

    #[test]
    fn an_edited_entry_is_detected() {
        let mut entries = chain(5);
        entries[2].changes[0].new = Some("forged".into());
        assert_eq!(verify(&entries), [AuditProblemKind::EntryAltered]);
    }

    #[test]
    fn a_deleted_entry_is_detected() {
        let mut entries = chain(5);
        entries.remove(2);
        assert_eq!(verify(&entries), [AuditProblemKind::EntryMissing, AuditProblemKind::ChainBroken]);
    }

    #[test]
    fn renumbered_entries_after_a_deletion_are_detected() {
        let mut entries = chain(5);
        entries.remove(2);
        for entry in entries.iter_mut().skip(2) {
            entry.seq -= 1;
        }
        assert!(verify(&entries).contains(&AuditProblemKind::EntryAltered));
    }

    #[test]
    fn swapped_entries_are_detected() {
        let mut entries = chain(5);
        entries.swap(1, 2);
        let (a, b) = (entries[1].seq, entries[2].seq);
        entries[1].seq = b;
        entries[2].seq = a;
        assert!(!verify(&entries).is_empty());
    }

    #[test]
    fn records_are_compared_with_their_last_audited_state() {
        let entries = chain(4); // vendor 1 last audited in entry 3, vendor 0 in entry 4
        let mut verifier = ChainVerifier::default();
        entries.iter().for_each(|e| verifier.push(e));
        verifier.check_records("vendor", &[(0, "a".into(), state("state4")), (1, "b".into(), state("state3"))]);
        assert!(verifier.finish().intact);

        let mut verifier = ChainVerifier::default();
        entries.iter().for_each(|e| verifier.push(e));
        verifier.check_records("vendor", &[(1, "b".into(), state("edited")), (7, "new".into(), state("x"))]);
        let kinds: Vec<_> = verifier.finish().problems.into_iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [AuditProblemKind::RecordAltered, AuditProblemKind::RecordUnaudited, AuditProblemKind::RecordDeleted]
        );
    }

    #[test]
    fn diff_lists_changed_added_and_removed_fields() {
        let before = serde_json::json!({"name": "Mixpanel", "country": "US", "contract": {"noticePeriodDays": 30}, "updatedAt": "x"});
        let after = serde_json::json!({"name": "Mixpanel Inc", "contract": {"noticePeriodDays": 60}, "services": ["Analytics"], "updatedAt": "y"});
        let changes = diff(Some(&before), Some(&after));
        let fields: Vec<(&str, Option<&str>, Option<&str>)> =
            changes.iter().map(|c| (c.field.as_str(), c.old.as_deref(), c.new.as_deref())).collect();
        assert_eq!(
            fields,
            [
                ("contract.noticePeriodDays", Some("30"), Some("60")),
                ("name", Some("Mixpanel"), Some("Mixpanel Inc")),
                ("services", None, Some("Analytics")),
                ("country", Some("US"), None),
            ]
        );
    }
}
