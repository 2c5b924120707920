//! `vendor-risk --db postgres://… team …`: a team register on a PostgreSQL server — creating it,
//! moving a register file there, and who may sign in with which role. The server's owner runs
//! these; the server refuses anyone else as well.

use std::path::PathBuf;

use clap::Subcommand;
use vendor_risk_core::say;
use vendor_risk_core::{CoreError, Register, RegisterOptions};

use crate::Outcome;
use crate::args::RoleArg;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Create the team register in the empty database --db names: schema, group roles,
    /// privileges, row-level security. Run it as the database's owner (with CREATEROLE).
    Init,
    /// Upgrade the team register's schema to this version of the app (its owner, while
    /// nobody writes: one transaction, recorded in the audit log). Back the database up first.
    Upgrade,
    /// Move the register file FILE into the empty database --db names: every record, the
    /// audit chain, evidence files and history, verified on the server before it is kept.
    Migrate {
        /// The register file to move (it stays as it is).
        file: PathBuf,
    },
    /// List the logins and their roles.
    Users {
        /// Print the logins and their roles as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Create a login with a role; its password comes from VENDOR_RISK_NEW_PASSWORD or a
    /// prompt (or none with --no-password, when the server signs people in otherwise).
    AddUser {
        /// The login name.
        name: String,
        /// The role the login acts under.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Create the login without a password (certificate or peer authentication).
        #[arg(long)]
        no_password: bool,
    },
    /// Give a login another role.
    SetRole {
        /// The login name.
        name: String,
        /// The login's new role.
        #[arg(long, value_enum)]
        role: RoleArg,
    },
    /// Remove a login (its entries in the audit log stay).
    RemoveUser {
        /// The login name.
        name: String,
    },
}

pub fn run(
    db: &std::path::Path,
    options: RegisterOptions,
    file_options: RegisterOptions,
    command: TeamCommand,
) -> Result<Outcome, CoreError> {
    let l = options.language;
    let text = match command {
        TeamCommand::Init => {
            let register = Register::create(db, options)?;
            let server = register.info().server.unwrap_or_default();
            format!("{}\n", say!(l, "term-team-created", server = server))
        }
        TeamCommand::Upgrade => {
            let (register, from) = Register::upgrade_team(db, options)?;
            let now = register.info().schema_version;
            if from == now {
                format!("{}\n", say!(l, "term-team-schema-current", version = now.to_string()))
            } else {
                format!("{}\n", say!(l, "term-team-schema-upgraded", from = from.to_string(), to = now.to_string()))
            }
        }
        TeamCommand::Migrate { file } => {
            let register =
                crate::progress::shown(l, |work| Register::migrate_to_team_with(&file, file_options, db, work))?;
            let entries = register.audit_log(&Default::default())?.total.to_string();
            let moved = say!(
                l,
                "term-team-migrated",
                file = file.display().to_string(),
                server = register.info().server.unwrap_or_default(),
                entries = entries
            );
            format!("{moved}\n")
        }
        TeamCommand::Users { json } => {
            let users = Register::open(db, options)?.team_users()?;
            if json {
                output::json(&users)
            } else {
                users.iter().map(|u| format!("{}\t{}\n", u.login, u.role.as_str())).collect()
            }
        }
        TeamCommand::AddUser { name, role, no_password } => {
            let register = Register::open(db, options)?;
            let password = if no_password { None } else { Some(crate::passphrase::new_password(l)?) };
            let user = register.team_add_user(&name, role.into(), password.as_deref())?;
            format!("{}\n", say!(l, "term-team-user-added", login = &user.login, role = user.role.as_str()))
        }
        TeamCommand::SetRole { name, role } => {
            let user = Register::open(db, options)?.team_set_role(&name, role.into())?;
            format!("{}\n", say!(l, "term-team-role-set", login = &user.login, role = user.role.as_str()))
        }
        TeamCommand::RemoveUser { name } => {
            Register::open(db, options)?.team_remove_user(&name)?;
            format!("{}\n", say!(l, "term-team-user-removed", login = name))
        }
    };
    Ok(Outcome::printed(text))
}
