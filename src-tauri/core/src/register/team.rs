//! Team register use cases: who may sign in, and with which role. Only on a team register, and
//! only by its owner (the server refuses anyone else too); each change is audited.

use std::path::Path;

use super::{Register, RegisterOptions};
use crate::actor::{Area, Role};
use crate::audit::AuditRecord;
use crate::error::{CoreError, Result};
use crate::store::team::Server;
use crate::store::team::TeamUser;
use crate::text::Message;
use crate::validate::FieldErrors;

impl Register {
    /// The logins of this team register and their roles.
    pub fn team_users(&self) -> Result<Vec<TeamUser>> {
        self.team_only()?;
        self.store.read(|r| r.team_users())
    }

    /// Whether `path` names a team register on a server (a `postgres://` address) rather
    /// than a register file.
    pub fn is_team_address(path: &Path) -> bool {
        let text = path.to_string_lossy();
        text.starts_with("postgres://") || text.starts_with("postgresql://")
    }

    /// Creates a login with `role`; `password` when the server authenticates by password.
    pub fn team_add_user(&self, name: &str, role: Role, password: Option<&str>) -> Result<TeamUser> {
        let name = self.checked_login(name)?;
        self.write(Area::Team, |w| {
            w.team_add_user(&name, role, password)?;
            w.audit(AuditRecord::register_event("team.add_user", &format!("Login {name} added as {}", role.as_str())))
        })?;
        Ok(TeamUser { login: name, role })
    }

    /// Changes the role of the login `name`.
    pub fn team_set_role(&self, name: &str, role: Role) -> Result<TeamUser> {
        let name = self.checked_login(name)?;
        self.write(Area::Team, |w| {
            w.team_set_role(&name, role)?;
            w.audit(AuditRecord::register_event("team.set_role", &format!("Login {name} is now {}", role.as_str())))
        })?;
        Ok(TeamUser { login: name, role })
    }

    /// Removes the login `name` (its audit entries stay).
    pub fn team_remove_user(&self, name: &str) -> Result<()> {
        let name = self.checked_login(name)?;
        self.write(Area::Team, |w| {
            w.team_remove_user(&name)?;
            w.audit(AuditRecord::register_event("team.remove_user", &format!("Login {name} removed")))
        })?;
        Ok(())
    }

    /// Moves the register file at `file` (opened with `options`) into the empty database at
    /// `address`, as its owner: every row, the audit chain as it was, evidence files and
    /// history; the chain and every record are verified on the server before the move is
    /// recorded and committed. If anything fails, the server is left empty.
    pub fn migrate_to_team(file: &Path, options: RegisterOptions, address: &Path) -> Result<Register> {
        crate::work::unobserved(|work| Self::migrate_to_team_with(file, options, address, work))
    }

    /// [`Register::migrate_to_team`], telling `work` each table read, written and verified;
    /// cancelling leaves the server empty.
    pub fn migrate_to_team_with(
        file: &Path,
        options: RegisterOptions,
        address: &Path,
        work: &mut crate::work::Work<'_>,
    ) -> Result<Register> {
        let target = team_target(address, &options)?;
        let source = Register::open(file, options.clone())?;
        let backup = source.store.read(|r| r.dump(crate::store::LATEST_VERSION, source.now(), work))?;
        let entries = backup.tables.get("audit_log").map_or(0, |t| t.rows.len());
        drop(source);
        let register = Register::on_server(Server::connect_empty(&target)?, options)?;
        let summary = format!("Moved here from the register file {} ({entries} audit entries)", file.display());
        register.store.load_team(&backup, &register.options.actor, register.now(), work, |w, work| {
            let chain = register.verify_audit_with(work)?;
            if !chain.intact {
                let first = chain.problems.first().map(|p| p.message.clone()).unwrap_or_default();
                return Err(CoreError::Conflict(Message::new("error-migrate-unverified").arg("problem", first)));
            }
            w.audit(AuditRecord::register_event("register.migrate", &summary))?;
            Ok(())
        })?;
        Ok(register)
    }

    /// Upgrades the team register at `address` to this app's schema, as its owner, in one
    /// transaction while nobody writes, and records the upgrade; nothing to do when it is
    /// current. Returns the register and the schema version it had.
    pub fn upgrade_team(address: &Path, options: RegisterOptions) -> Result<(Register, i64)> {
        let from = Server::upgrade(&team_target(address, &options)?)?;
        let register = Register::open(address, options)?;
        let to = crate::store::team::TEAM_LATEST_VERSION;
        if from < to {
            let summary = format!("Team register schema upgraded from version {from} to {to}");
            register.record(|_| Ok(AuditRecord::register_event("register.upgrade", &summary)))?;
        }
        Ok((register, from))
    }

    fn team_only(&self) -> Result<()> {
        match self.store.server() {
            Some(_) => Ok(()),
            None => Err(CoreError::Conflict(Message::new("error-team-only"))),
        }
    }

    /// A login name as given, checked: not empty, not too long, not the register's own roles.
    fn checked_login(&self, name: &str) -> Result<String> {
        self.team_only()?;
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 63 || name.starts_with("vrr_") || name.starts_with("pg_") {
            return Err(FieldErrors::of("name", "login", Message::new("login-name")).into());
        }
        Ok(name.to_owned())
    }
}

/// The server `address` names, which must be a team register's address.
fn team_target(address: &Path, options: &RegisterOptions) -> Result<crate::store::postgres::PgTarget> {
    super::team_address(address, options.server_password.as_ref())?
        .ok_or_else(|| FieldErrors::of("db", "address", Message::new("team-address")).into())
}
