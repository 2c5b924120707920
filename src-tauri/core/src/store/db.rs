//! The connection the table functions talk to, whichever database holds the register.
//!
//! The table functions in `store/` are written once, against [`Conn`], [`Stmt`], [`Rows`] and
//! [`Row`], which mirror the parts of rusqlite's API they use; their SQL is the portable subset
//! both SQLite and PostgreSQL run (numbered `?N` placeholders, `RETURNING id`, no PRAGMAs).
//! Values cross the boundary as rusqlite's `ToSql` / `FromSql`, so the domain types convert the
//! same way whatever the backend.

use rusqlite::ToSql;
use rusqlite::types::{FromSql, FromSqlError, ValueRef};

use super::postgres::{PgSession, value_ref};

/// Query parameters: the values in order.
pub(crate) trait Params {
    fn values(&self) -> Vec<&dyn ToSql>;
}

impl Params for () {
    fn values(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

impl Params for &[&dyn ToSql] {
    fn values(&self) -> Vec<&dyn ToSql> {
        self.to_vec()
    }
}

// As rusqlite does: the empty array has one implementation of its own (so `[]` needs no type),
// arrays of 1 to 8 values the generic one.
impl Params for [&(dyn ToSql + Send + Sync); 0] {
    fn values(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

macro_rules! array_params {
    ($($n:literal)+) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn values(&self) -> Vec<&dyn ToSql> {
                self.iter().map(|v| v as &dyn ToSql).collect()
            }
        }
    )+};
}

array_params!(1 2 3 4 5 6 7 8);

impl<T: ToSql> Params for Vec<T> {
    fn values(&self) -> Vec<&dyn ToSql> {
        self.iter().map(|v| v as &dyn ToSql).collect()
    }
}

macro_rules! tuple_params {
    ($($name:ident $index:tt),+) => {
        impl<$($name: ToSql),+> Params for ($($name,)+) {
            fn values(&self) -> Vec<&dyn ToSql> {
                vec![$(&self.$index as &dyn ToSql),+]
            }
        }
    };
}

tuple_params!(A 0);
tuple_params!(A 0, B 1);
tuple_params!(A 0, B 1, C 2);
tuple_params!(A 0, B 1, C 2, D 3);
tuple_params!(A 0, B 1, C 2, D 3, E 4);
tuple_params!(A 0, B 1, C 2, D 3, E 4, F 5);

/// The values of an iterator as parameters (for `IN (...)` lists).
pub(crate) fn params_from_iter<T: ToSql>(values: impl IntoIterator<Item = T>) -> Vec<T> {
    values.into_iter().collect()
}

/// A connection in a transaction.
#[derive(Clone, Copy)]
pub(crate) enum Conn<'c> {
    Sqlite(&'c rusqlite::Connection),
    Postgres(&'c PgSession),
}

impl<'c> Conn<'c> {
    /// A statement, kept prepared for the next call with the same SQL.
    pub(crate) fn prepare_cached(&self, sql: &str) -> rusqlite::Result<Stmt<'c>> {
        match self {
            Conn::Sqlite(conn) => Ok(Stmt::SqliteCached(conn.prepare_cached(sql)?)),
            Conn::Postgres(session) => Ok(Stmt::Postgres(session, sql.to_owned())),
        }
    }

    /// A statement used once.
    pub(crate) fn prepare(&self, sql: &str) -> rusqlite::Result<Stmt<'c>> {
        match self {
            Conn::Sqlite(conn) => Ok(Stmt::Sqlite(conn.prepare(sql)?)),
            Conn::Postgres(session) => Ok(Stmt::Postgres(session, sql.to_owned())),
        }
    }

    /// Runs a statement; the number of rows it changed.
    pub(crate) fn execute(&self, sql: &str, params: impl Params) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    /// The first row of a query, mapped; `QueryReturnedNoRows` when there is none.
    pub(crate) fn query_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    /// The SQL of this database of two that differ (their catalogs).
    pub(crate) fn pick<'s>(&self, sqlite: &'s str, postgres: &'s str) -> &'s str {
        match self {
            Conn::Sqlite(_) => sqlite,
            Conn::Postgres(_) => postgres,
        }
    }

    /// The SQLite connection, for what only SQLite does (backups, PRAGMAs); `None` on a
    /// team register.
    pub(crate) fn sqlite(&self) -> Option<&'c rusqlite::Connection> {
        match self {
            Conn::Sqlite(conn) => Some(conn),
            Conn::Postgres(_) => None,
        }
    }
}

/// A prepared statement.
pub(crate) enum Stmt<'c> {
    Sqlite(rusqlite::Statement<'c>),
    SqliteCached(rusqlite::CachedStatement<'c>),
    /// A team register's statement: its SQL, prepared (and cached) by the server's connection.
    Postgres(&'c PgSession, String),
}

impl<'c> Stmt<'c> {
    /// Runs it; the number of rows it changed.
    pub(crate) fn execute(&mut self, params: impl Params) -> rusqlite::Result<usize> {
        match self {
            Stmt::Sqlite(stmt) => stmt.execute(&*params.values()),
            Stmt::SqliteCached(stmt) => stmt.execute(&*params.values()),
            Stmt::Postgres(session, sql) => session.execute(sql, &params.values()),
        }
    }

    /// Its rows, to step through.
    pub(crate) fn query(&mut self, params: impl Params) -> rusqlite::Result<Rows<'_>> {
        match self {
            Stmt::Sqlite(stmt) => Ok(Rows::Sqlite(stmt.query(&*params.values())?)),
            Stmt::SqliteCached(stmt) => Ok(Rows::Sqlite(stmt.query(&*params.values())?)),
            Stmt::Postgres(session, sql) => Ok(Rows::Postgres(session.query(sql, &params.values())?, 0)),
        }
    }

    /// Its rows, each mapped by `f`.
    pub(crate) fn query_map<'s, T, F>(
        &'s mut self,
        params: impl Params,
        mut f: F,
    ) -> rusqlite::Result<MappedRows<'s, T>>
    where
        F: FnMut(&Row<'_>) -> rusqlite::Result<T> + 's,
        T: 's,
    {
        match self {
            Stmt::Sqlite(stmt) => {
                Ok(MappedRows(Box::new(stmt.query_map(&*params.values(), move |row| f(&Row::Sqlite(row)))?)))
            }
            Stmt::SqliteCached(stmt) => {
                Ok(MappedRows(Box::new(stmt.query_map(&*params.values(), move |row| f(&Row::Sqlite(row)))?)))
            }
            Stmt::Postgres(session, sql) => {
                let rows = session.query(sql, &params.values())?;
                Ok(MappedRows(Box::new(rows.into_iter().map(move |row| f(&Row::Postgres(&row))))))
            }
        }
    }

    /// The first row, mapped by `f`; `QueryReturnedNoRows` when there is none.
    pub(crate) fn query_row<T>(
        &mut self,
        params: impl Params,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => f(&row),
            None => Err(rusqlite::Error::QueryReturnedNoRows),
        }
    }

    /// Runs an `INSERT ... RETURNING id`; the new row's id.
    pub(crate) fn insert_returning_id(&mut self, params: impl Params) -> rusqlite::Result<i64> {
        self.query_row(params, |row| row.get(0))
    }

    /// The names of the columns it returns.
    pub(crate) fn column_names(&self) -> rusqlite::Result<Vec<String>> {
        match self {
            Stmt::Sqlite(stmt) => Ok(stmt.column_names().into_iter().map(str::to_owned).collect()),
            Stmt::SqliteCached(stmt) => Ok(stmt.column_names().into_iter().map(str::to_owned).collect()),
            Stmt::Postgres(session, sql) => session.column_names(sql),
        }
    }
}

/// Mapped rows, in order.
pub(crate) struct MappedRows<'s, T>(Box<dyn Iterator<Item = rusqlite::Result<T>> + 's>);

impl<T> Iterator for MappedRows<'_, T> {
    type Item = rusqlite::Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next()
    }
}

/// A query's rows, stepped through one at a time.
pub(crate) enum Rows<'s> {
    Sqlite(rusqlite::Rows<'s>),
    /// A team register's rows (all fetched), and the next one's position.
    Postgres(Vec<tokio_postgres::Row>, usize),
}

impl Rows<'_> {
    /// The next row, if any.
    pub(crate) fn next(&mut self) -> rusqlite::Result<Option<Row<'_>>> {
        match self {
            Rows::Sqlite(rows) => Ok(rows.next()?.map(Row::Sqlite)),
            Rows::Postgres(rows, at) => {
                *at += 1;
                Ok(rows.get(*at - 1).map(Row::Postgres))
            }
        }
    }
}

/// Names a column of a row: its position.
pub(crate) trait ColumnIndex {
    fn position(&self) -> usize;
}

impl ColumnIndex for usize {
    fn position(&self) -> usize {
        *self
    }
}

/// One row of a query.
pub(crate) enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r tokio_postgres::Row),
}

impl Row<'_> {
    /// Column `index` converted to `T`.
    pub(crate) fn get<I: ColumnIndex, T: FromSql>(&self, index: I) -> rusqlite::Result<T> {
        match self {
            Row::Sqlite(row) => row.get(index.position()),
            Row::Postgres(row) => {
                let at = index.position();
                T::column_result(value_ref(row, at)?).map_err(|e| conversion_failure(at, e))
            }
        }
    }

    /// Column `index` as stored, borrowed.
    pub(crate) fn get_ref<I: ColumnIndex>(&self, index: I) -> rusqlite::Result<ValueRef<'_>> {
        match self {
            Row::Sqlite(row) => row.get_ref(index.position()),
            Row::Postgres(row) => value_ref(row, index.position()),
        }
    }
}

/// A value that does not convert, as rusqlite reports it.
fn conversion_failure(index: usize, err: FromSqlError) -> rusqlite::Error {
    match err {
        FromSqlError::InvalidType => {
            rusqlite::Error::InvalidColumnType(index, String::new(), rusqlite::types::Type::Null)
        }
        FromSqlError::OutOfRange(i) => rusqlite::Error::IntegralValueOutOfRange(index, i),
        other => rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Null, Box::new(other)),
    }
}
