//! Register-wide settings kept in `register_meta` as JSON text under a key.

use super::{Reader, Writer};
use rusqlite::{OptionalExtension, params};

use crate::error::Result;

impl Reader<'_> {
    /// The text stored under `key`, if any.
    pub(crate) fn meta(&self, key: &str) -> Result<Option<String>> {
        let conn = self.conn;
        Ok(conn
            .prepare_cached("SELECT value FROM register_meta WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }
}

impl Writer<'_> {
    /// Stores `value` under `key`, replacing what was there.
    pub(crate) fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        let conn = self.conn();
        conn.prepare_cached(
            "INSERT INTO register_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute(params![key, value])?;
        Ok(())
    }
}
