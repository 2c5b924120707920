//! Team-register passwords kept in the operating system's keyring when the person chooses
//! (the Secret Service on Linux, the Keychain on macOS, Credential Manager on Windows), never in
//! the settings file. An entry is named by the login, server, port and database it signs in to.

use keyring::Entry;
use vendor_risk_core::say;
use vendor_risk_core::store::postgres::ServerAddress;

use crate::commands::locale::window_language;
use crate::ipc_error::{IpcError, IpcResult};

/// The service the entries are kept under, as the keyring's own tools show it.
const SERVICE: &str = "Vendor Risk Register (team register)";

/// Keeps `password` for signing in at `address`, replacing one kept before.
pub fn keep(address: &ServerAddress, password: &str) -> IpcResult<()> {
    entry(address)?.set_password(password).map_err(|e| unavailable("error-keyring-keep", &e))
}

/// The password kept for signing in at `address`, if one is.
pub fn kept(address: &ServerAddress) -> IpcResult<Option<String>> {
    match entry(address)?.get_password() {
        Ok(password) => Ok(Some(password)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable("error-keyring-give", &e)),
    }
}

/// Forgets the password kept for `address`; nothing to do if none is.
pub fn forget(address: &ServerAddress) -> IpcResult<()> {
    match entry(address)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable("error-keyring-forget", &e)),
    }
}

/// The entry for `address`, named by who signs in where ([`ServerAddress::sign_in`]):
/// addresses that reach the same login share one kept password.
fn entry(address: &ServerAddress) -> IpcResult<Entry> {
    Entry::new(SERVICE, &address.sign_in()).map_err(|e| unavailable("error-keyring-name", &e))
}

/// The keyring's failure to do what the message `id` says, in the window's language.
fn unavailable(id: &str, error: &keyring::Error) -> IpcError {
    IpcError::keyring(say!(window_language(), id, detail = error.to_string()))
}
