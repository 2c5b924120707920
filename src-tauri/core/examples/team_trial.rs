//! A team register to try team mode with (`cargo xtask run --team`): a PostgreSQL server of its
//! own in a temporary folder (the one the tests use), a database holding the Mixpanel sample,
//! and a login per role. It prints how to connect, runs the app it is given, and stops and
//! deletes the server when the app closes. Nothing in it is kept: not for real data.

use std::path::Path;
use std::process::{Command, ExitCode};

use vendor_risk_core::store::test_server::OwnServer;
use vendor_risk_core::{Register, RegisterOptions, Role, sample};

/// The register's owner (a compliance officer) and the other people, one per role.
const OWNER: &str = "Ana Owner";
const OTHERS: [(&str, Role); 3] =
    [("Bea Compliance", Role::Compliance), ("Pat Procurement", Role::Procurement), ("Olu Auditor", Role::Auditor)];

fn main() -> ExitCode {
    let Some(app) = std::env::args().nth(1) else {
        eprintln!("usage: team_trial APP   (cargo xtask run --team builds the app and runs this)");
        return ExitCode::from(2);
    };
    let server = OwnServer::start();
    let address = server.database("vendors", OWNER);
    if let Err(error) = fill(&address) {
        eprintln!("could not set up the trial team register: {error}");
        return ExitCode::FAILURE;
    }
    print_how_to_connect(&address);
    let status = Command::new(&app).status();
    drop(server);
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => {
            eprintln!("the app exited with {status}");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("could not start {app}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The Mixpanel sample, and the other people's logins (no passwords: the socket trusts them).
fn fill(address: &str) -> vendor_risk_core::Result<()> {
    let register = Register::create(Path::new(address), RegisterOptions::default())?;
    sample::write_sample(&register)?;
    for (name, role) in OTHERS {
        register.team_add_user(name, role, None)?;
    }
    Ok(())
}

fn print_how_to_connect(address: &str) {
    let url = url::Url::parse(address).expect("a postgres:// address");
    let host =
        percent_encoding::percent_decode_str(url.host_str().unwrap_or_default()).decode_utf8_lossy().into_owned();
    let database = url.path().trim_start_matches('/');
    let people: Vec<String> = OTHERS.iter().map(|(name, role)| format!("{name} ({})", role.as_str())).collect();
    println!(
        "\nA trial team register is running; it is deleted when the app closes.\n\
         In the app: Connect to a team register…, then\n\
         \x20 Server:   {host}\n\
         \x20 Database: {database}\n\
         \x20 Login:    {OWNER} (the owner, compliance), or {}\n\
         \x20 Password: none; untick Encrypted (the server's own socket)\n\
         From a terminal: vendor-risk --db '{address}' vendor list\n",
        people.join(", ")
    );
}
