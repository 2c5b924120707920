//! SQL that fills the in-memory data map ([`crate::snapshot`]): the whole of it, the part one
//! vendor's blast radius needs, or the records that changed since it was made.
//!
//! Flows and edges are read in id order and their categories and residence rows merged in by
//! id, each category key turned into its taxonomy index as it is read (no per-row strings).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;

use super::db::{Row, params_from_iter};
use rusqlite::types::{ToSql, Type};

use super::Reader;
use super::audit::Touched;
use crate::error::Result;
use crate::ids::{EdgeId, FlowId, VendorId};
use crate::snapshot::{
    CategorySet, DependencyPart, EdgePart, FlowPart, ServiceFact, SnapshotDelta, SnapshotParts, Taxonomy, VendorFact,
};

const FLOW_COLUMNS: &str =
    "f.id, f.vendor_id, f.source_service_id, f.subject_key, f.records, f.people, f.valid_from, f.valid_to";
const EDGE_COLUMNS: &str = "e.id, e.from_vendor_id, e.to_vendor_id, e.kind, e.valid_from, e.valid_to";

/// Which rows a load reads: every row, or those a `WHERE` clause over `f` (flows) / `e`
/// (edges) / `v` (vendors) selects, with its arguments.
enum Scope<'a> {
    All,
    Where(&'a str, Vec<i64>),
}

impl Scope<'_> {
    fn clause(&self) -> &str {
        match self {
            Scope::All => "1 = 1",
            Scope::Where(clause, _) => clause,
        }
    }

    fn args(&self) -> Vec<&dyn ToSql> {
        match self {
            Scope::All => Vec::new(),
            Scope::Where(_, args) => args.iter().map(|a| a as &dyn ToSql).collect(),
        }
    }
}

impl Reader<'_> {
    /// Everything the graph computations need, in a handful of queries.
    pub(crate) fn snapshot_parts(&self) -> Result<SnapshotParts> {
        let taxonomy = Taxonomy::new(self.categories()?);
        let vendors = self.vendor_facts(&Scope::All)?;
        let flows = self.flow_parts(&taxonomy, &Scope::All)?;
        let edges = self.edge_parts(&taxonomy, &Scope::All)?;
        Ok(SnapshotParts {
            subject_names: self.subject_names()?,
            vendors,
            flows,
            edges,
            services: self.service_facts()?,
            dependencies: self.dependency_parts()?,
            taxonomy,
        })
    }

    /// What the blast radius of `vendor` needs: the vendors that can pass data to it
    /// (upstream, with their flows) and that it can pass data to (downstream), and the edges
    /// among them, whatever their dates.
    pub(crate) fn snapshot_parts_around(&self, vendor: VendorId) -> Result<SnapshotParts> {
        let taxonomy = Taxonomy::new(self.categories()?);
        let (upstream, downstream) = self.closures(vendor)?;
        let everyone: Vec<i64> = upstream.union(&downstream).copied().collect();
        let mut parts = SnapshotParts {
            subject_names: self.subject_names()?,
            services: self.service_facts()?,
            dependencies: self.dependency_parts()?,
            ..SnapshotParts::default()
        };
        let wanted: HashSet<i64> = everyone.iter().copied().collect();
        if wanted.len() * 4 > self.vendor_count()? {
            // Most of the register is involved: reading all of it in order beats picking.
            let mut whole = self.snapshot_parts()?;
            whole.vendors.retain(|v| wanted.contains(&v.id.0));
            whole.edges.retain(|e| wanted.contains(&e.from.0) && wanted.contains(&e.to.0));
            whole.flows.retain(|(v, _)| upstream.contains(&v.0));
            return Ok(whole);
        }
        for chunk in everyone.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let vendors = format!("v.id IN ({marks})");
            parts.vendors.extend(self.vendor_facts(&Scope::Where(&vendors, chunk.to_vec()))?);
            let edges = format!("e.from_vendor_id IN ({marks})");
            parts.edges.extend(
                self.edge_parts(&taxonomy, &Scope::Where(&edges, chunk.to_vec()))?
                    .into_iter()
                    .filter(|e| wanted.contains(&e.to.0)),
            );
        }
        let upstream: Vec<i64> = upstream.into_iter().collect();
        for chunk in upstream.chunks(500) {
            let flows = format!("f.vendor_id IN ({})", vec!["?"; chunk.len()].join(", "));
            parts.flows.extend(self.flow_parts(&taxonomy, &Scope::Where(&flows, chunk.to_vec()))?);
        }
        parts.flows.sort_by_key(|(_, f)| f.id);
        parts.taxonomy = taxonomy;
        Ok(parts)
    }

    /// The records the entries in `touched` are about, as they are now, for updating a
    /// snapshot indexed by `taxonomy`; `None` when the change needs a rebuild (the taxonomy
    /// changed, or the register was restored).
    pub(crate) fn snapshot_delta(&self, touched: &[Touched], taxonomy: &Taxonomy) -> Result<Option<SnapshotDelta>> {
        let mut ids: HashMap<&str, BTreeSet<i64>> = HashMap::new();
        for t in touched {
            match t.kind.as_str() {
                "data_category" | "subject_group" => return Ok(None),
                "register" if t.action == "register.restore" => return Ok(None),
                kind @ ("vendor" | "data_flow" | "vendor_edge" | "internal_service") => {
                    ids.entry(kind).or_default().extend(t.id);
                }
                _ => {}
            }
        }
        let of = |kind: &str| ids.get(kind).map(|s| s.iter().copied().collect::<Vec<_>>()).unwrap_or_default();
        let mut delta = SnapshotDelta::default();
        for id in of("vendor") {
            delta.vendors.extend(self.vendor_facts(&Scope::Where("v.id = ?1", vec![id]))?);
        }
        for id in of("data_flow") {
            let found = self.flow_parts(taxonomy, &Scope::Where("f.id = ?1", vec![id]))?.pop();
            delta.flows.push((FlowId(id), found));
        }
        for id in of("vendor_edge") {
            let found = self.edge_parts(taxonomy, &Scope::Where("e.id = ?1", vec![id]))?.pop();
            delta.edges.push((EdgeId(id), found));
        }
        if ids.contains_key("internal_service") {
            delta.services = Some((self.service_facts()?, self.dependency_parts()?));
        }
        Ok(Some(delta))
    }

    /// Every vendor that can reach `vendor` over edges (with it), and every vendor it reaches.
    /// The vendors that can pass data to `vendor` (upstream) and that it can pass data to
    /// (downstream), itself included, over edges of any date: the edge list is read once (two
    /// ids a row) and walked in memory, which is several times faster than SQLite's recursive
    /// CTE over the same table.
    fn closures(&self, vendor: VendorId) -> Result<(BTreeSet<i64>, BTreeSet<i64>)> {
        let mut stmt = self.conn.prepare_cached("SELECT from_vendor_id, to_vendor_id FROM vendor_edges")?;
        let pairs: Vec<(i64, i64)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut upstream_of: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut downstream_of: HashMap<i64, Vec<i64>> = HashMap::new();
        for (from, to) in pairs {
            upstream_of.entry(to).or_default().push(from);
            downstream_of.entry(from).or_default().push(to);
        }
        let walk = |next: &HashMap<i64, Vec<i64>>| {
            let mut reached = BTreeSet::from([vendor.0]);
            let mut frontier = vec![vendor.0];
            while let Some(v) = frontier.pop() {
                for &n in next.get(&v).into_iter().flatten() {
                    if reached.insert(n) {
                        frontier.push(n);
                    }
                }
            }
            reached
        };
        Ok((walk(&upstream_of), walk(&downstream_of)))
    }

    fn vendor_count(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT count(*) FROM vendors", [], |r| r.get::<_, i64>(0))? as usize)
    }

    fn subject_names(&self) -> Result<HashMap<String, String>> {
        Ok(self.subject_groups()?.into_iter().map(|s| (s.key, s.name)).collect())
    }

    fn vendor_facts(&self, scope: &Scope<'_>) -> Result<Vec<VendorFact>> {
        let sql =
            format!("SELECT v.id, v.name, v.status, v.archived_at IS NOT NULL FROM vendors v WHERE {}", scope.clause());
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params_from_iter(scope.args()), |r| {
                Ok(VendorFact {
                    id: r.get(0)?,
                    name: r.get::<_, String>(1)?.into(),
                    status: r.get(2)?,
                    archived: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Flows in id order with their categories and residence.
    fn flow_parts(&self, taxonomy: &Taxonomy, scope: &Scope<'_>) -> Result<Vec<(VendorId, FlowPart)>> {
        let conn = self.conn;
        let sql = format!("SELECT {FLOW_COLUMNS} FROM data_flows f WHERE {} ORDER BY f.id", scope.clause());
        let mut words = Interner::default();
        let mut flows: Vec<(VendorId, FlowPart)> = Vec::new();
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(scope.args()))?;
        while let Some(r) = rows.next()? {
            flows.push((
                r.get(1)?,
                FlowPart {
                    id: r.get(0)?,
                    source_service: r.get(2)?,
                    subject_key: words.get(text(&r, 3)?),
                    categories: CategorySet::default(),
                    records: r.get(4)?,
                    people: r.get(5)?,
                    residence: Vec::new(),
                    valid_from: date(&r, 6)?,
                    valid_to: optional_date(&r, 7)?,
                },
            ));
        }
        let joined = |table: &str, columns: &str| match scope {
            Scope::All => format!("SELECT {columns} FROM {table} c ORDER BY c.flow_id"),
            Scope::Where(clause, _) => format!(
                "SELECT {columns} FROM {table} c JOIN data_flows f ON f.id = c.flow_id WHERE {clause} ORDER BY c.flow_id"
            ),
        };
        let mut stmt = conn.prepare_cached(&joined("data_flow_categories", "c.flow_id, c.category_key"))?;
        let mut rows = stmt.query(params_from_iter(scope.args()))?;
        let mut cursor = MergeCursor::default();
        while let Some(row) = rows.next()? {
            if let Some((_, flow)) = cursor.find(&mut flows, row.get(0)?, |(_, f)| f.id)
                && let Some(index) = taxonomy.index_of(text(&row, 1)?)
            {
                flow.categories.insert(index);
            }
        }
        let mut stmt = conn.prepare_cached(&joined("data_flow_residence", "c.flow_id, c.country, c.people"))?;
        let mut rows = stmt.query(params_from_iter(scope.args()))?;
        let mut cursor = MergeCursor::default();
        while let Some(row) = rows.next()? {
            if let Some((_, flow)) = cursor.find(&mut flows, row.get(0)?, |(_, f)| f.id) {
                flow.residence.push((words.get(text(&row, 1)?), row.get(2)?));
            }
        }
        Ok(flows)
    }

    /// Edges in id order with their stated categories.
    fn edge_parts(&self, taxonomy: &Taxonomy, scope: &Scope<'_>) -> Result<Vec<EdgePart>> {
        let conn = self.conn;
        let sql = format!("SELECT {EDGE_COLUMNS} FROM vendor_edges e WHERE {} ORDER BY e.id", scope.clause());
        let mut edges: Vec<EdgePart> = conn
            .prepare_cached(&sql)?
            .query_map(params_from_iter(scope.args()), |r| {
                Ok(EdgePart {
                    id: r.get(0)?,
                    from: r.get(1)?,
                    to: r.get(2)?,
                    kind: r.get(3)?,
                    categories: None,
                    valid_from: date(r, 4)?,
                    valid_to: optional_date(r, 5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let sql = match scope {
            Scope::All => {
                "SELECT c.edge_id, c.category_key FROM vendor_edge_categories c ORDER BY c.edge_id".to_owned()
            }
            Scope::Where(clause, _) => format!(
                "SELECT c.edge_id, c.category_key FROM vendor_edge_categories c \
                 JOIN vendor_edges e ON e.id = c.edge_id WHERE {clause} ORDER BY c.edge_id"
            ),
        };
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(scope.args()))?;
        let mut cursor = MergeCursor::default();
        while let Some(row) = rows.next()? {
            if let Some(edge) = cursor.find(&mut edges, row.get(0)?, |e| e.id)
                && let Some(index) = taxonomy.index_of(text(&row, 1)?)
            {
                edge.categories.get_or_insert_with(CategorySet::default).insert(index);
            }
        }
        Ok(edges)
    }

    fn service_facts(&self) -> Result<Vec<ServiceFact>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, name, criticality, rto_hours FROM internal_services")?;
        let rows = stmt
            .query_map([], |r| {
                Ok(ServiceFact { id: r.get(0)?, name: r.get(1)?, criticality: r.get(2)?, rto_hours: r.get(3)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    fn dependency_parts(&self) -> Result<Vec<DependencyPart>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT service_id, vendor_id, valid_from, valid_to FROM service_dependencies")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// Shares one copy of each short text that repeats across rows (subject keys, countries).
#[derive(Default)]
struct Interner(HashMap<Box<str>, Arc<str>>);

impl Interner {
    fn get(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(text) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(text);
        self.0.insert(text.into(), Arc::clone(&shared));
        shared
    }
}

/// A stored `YYYY-MM-DD` date (the schema's CHECK keeps the form), read without a format
/// parser: a snapshot reads hundreds of thousands.
fn date(row: &Row<'_>, column: usize) -> rusqlite::Result<NaiveDate> {
    let text = text(row, column)?;
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|t| t.parse::<u32>().ok());
    let parsed = match (text.len(), number(0..4), number(5..7), number(8..10)) {
        (10, Some(y), Some(m), Some(d)) => i32::try_from(y).ok().and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
        _ => None,
    };
    parsed.ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(column, Type::Text, format!("not a date: {text}").into())
    })
}

fn optional_date(row: &Row<'_>, column: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get_ref(column)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => date(row, column).map(Some),
    }
}

/// A text column without copying it.
fn text<'r>(row: &'r Row<'_>, column: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(column)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, Type::Text, Box::new(e)))
}

/// Walks a list sorted by id alongside rows sorted by the same id.
#[derive(Default)]
struct MergeCursor {
    at: usize,
}

impl MergeCursor {
    /// The item with `id`, moving forward past smaller ids.
    fn find<'a, T, K: Ord>(&mut self, items: &'a mut [T], id: K, key: impl Fn(&T) -> K) -> Option<&'a mut T> {
        while self.at < items.len() && key(&items[self.at]) < id {
            self.at += 1;
        }
        items.get_mut(self.at).filter(|item| key(item) == id)
    }
}
