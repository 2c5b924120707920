//! Desktop preferences kept beside the app: the recently opened registers (files, and team
//! registers without their passwords) and the local user profile (name and role) register
//! files are opened as. Not register data: nothing here is
//! audited, and losing it loses nothing but convenience.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

const MAX_RECENT: usize = 8;

/// The stored preferences.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Settings {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// Who works in the app, and under which role; default: the OS user, compliance officer.
    #[serde(default)]
    pub user: Option<vendor_risk_core::Actor>,
    /// How many automatic daily backups to keep per register (default 7).
    #[serde(default)]
    pub backup_keep: Option<usize>,
    /// Team registers connected to recently, most recent first; never their passwords.
    #[serde(default)]
    pub team: Vec<TeamConnection>,
    /// The language chosen in the app; `None`: the system's.
    #[serde(default)]
    pub language: Option<vendor_risk_core::locale::Language>,
}

/// How to reach a team register: the form as filled in, and the certificate authority file
/// chosen for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamConnection {
    pub address: vendor_risk_core::store::postgres::ServerAddress,
    pub ca: Option<PathBuf>,
    /// Whether its password is kept in the system keyring (the password itself is not here).
    #[serde(default)]
    pub password_kept: bool,
}

/// A team register connected to recently, as the start screen lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentTeamRegister {
    /// Its place in the list, for `team_connect_recent`.
    pub index: u32,
    pub address: vendor_risk_core::store::postgres::ServerAddress,
    /// The certificate authority file's name, if one was chosen.
    pub ca_name: Option<String>,
    /// Whether its password is kept in the system keyring.
    pub password_kept: bool,
}

/// Automatic daily backups kept per register unless the settings say otherwise.
pub const DEFAULT_BACKUP_KEEP: usize = 7;

/// A recently opened register, as the start screen lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentRegister {
    pub path: String,
    pub file_name: String,
    /// False when the file has since been moved or deleted.
    pub exists: bool,
}

impl Settings {
    /// Reads the preferences; a missing or unreadable file gives the defaults.
    pub fn load(file: &Path) -> Settings {
        std::fs::read(file).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default()
    }

    /// Writes the preferences, creating their folder.
    pub fn save(&self, file: &Path) -> std::io::Result<()> {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(file, serde_json::to_vec_pretty(self).unwrap_or_default())
    }

    /// Moves `path` to the front of the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }

    /// Moves `connection` to the front of the recent team registers.
    pub fn remember_team(&mut self, connection: TeamConnection) {
        self.team.retain(|c| c.address != connection.address);
        // (The keyring entry of a connection pushed off the list stays until it is connected
        // to again without keeping its password.)
        self.team.insert(0, connection);
        self.team.truncate(MAX_RECENT);
    }

    /// The recent team registers for display.
    pub fn recent_team_registers(&self) -> Vec<RecentTeamRegister> {
        self.team
            .iter()
            .zip(0..)
            .map(|(c, index)| RecentTeamRegister {
                index,
                address: c.address.clone(),
                ca_name: c.ca.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()),
                password_kept: c.password_kept,
            })
            .collect()
    }

    /// The recent list for display.
    pub fn recent_registers(&self) -> Vec<RecentRegister> {
        self.recent
            .iter()
            .map(|p| RecentRegister {
                path: p.display().to_string(),
                file_name: p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                exists: p.exists(),
            })
            .collect()
    }
}
