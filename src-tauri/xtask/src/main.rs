//! Project automation. `cargo xtask run` and `cargo xtask test` install what is missing
//! (Debian packages, npm packages, tauri-driver), idempotently, then build and run the app or
//! every test, end-to-end included. `cargo xtask bench` runs the criterion benchmarks.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Debian packages a Tauri build needs.
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    // SQLCipher's vendored OpenSSL is built from source with perl and make.
    "perl",
    "pkg-config",
    "file",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libxdo-dev",
];

/// Debian packages the tests add: a virtual display, the WebKit WebDriver, xdotool (to answer
/// the native file dialogs), PDF and SQLite tools, fonts with the scripts the UI shows,
/// LibreOffice's spreadsheet program (our workbooks re-saved as .ods and .xlsx), the PDF/A
/// validator.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "xdotool",
    "strace",
    "dbus-daemon",
    // A Secret Service for the test of keeping a team register's password in the keyring.
    "gnome-keyring",
    "procps",
    "webkit2gtk-driver",
    "poppler-utils",
    "qpdf",
    "sqlite3",
    "fonts-dejavu-core",
    "fonts-droid-fallback",
    "libreoffice-calc-nogui",
    // The PDF/A-2b check of the reports (tests/pdfa2b_check.py): pikepdf, and Apache PDFBox
    // Preflight with what it needs but does not declare.
    "python3-pikepdf",
    "python3-lxml",
    "default-jre-headless",
    "libpdfbox2-java",
    "libactivation-java",
    "libjaxb-api-java",
];

/// Debian packages of a throw-away PostgreSQL server (started as `nobody`, via setpriv): the
/// team register's tests and `run --team`.
const SERVER_PACKAGES: &[&str] = &["postgresql", "util-linux"];

/// The core's test modules that exercise the store, run a second time on PostgreSQL.
const CORE_ON_POSTGRES: &[&str] = &[
    "audit_chain::",
    "consistency::",
    "datamap::",
    "dora_register::",
    "exports::",
    "incidents::",
    "kept_views::",
    "questionnaires::",
    "reports::",
    "risk::",
    "roles::",
    "subprocessor_lists::",
    "vendor_import::",
    "vendors::",
];

/// The CLI scenarios run a second time on a team register.
const SCENARIOS_ON_POSTGRES: &[&str] = &[
    "scenarios::cli_blast_radius",
    "scenarios::cli_incidents",
    "scenarios::cli_questionnaires",
    "scenarios::cli_reports",
    "scenarios::cli_risk",
    "scenarios::cli_vendors",
];

type Step = Result<(), String>;

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "run" => match std::env::args().nth(2).as_deref() {
            None => run_app(),
            Some("--team") => run_app_on_team_register(),
            Some(other) => Err(format!("unknown option {other} (run takes --team)")),
        },
        "test" => test_everything(),
        "bench" => bench(),
        "holidays" => generate_holidays(),
        "package" => package_release(),
        _ => {
            eprintln!(
                "usage: cargo xtask <run [--team]|test|bench|holidays|package>\n  run    install what is missing, build and open the app\n         --team: on a throw-away team register (a PostgreSQL server of its own, the sample, a login per role)\n  test   install what is missing and run every test, end-to-end included\n  bench  run the criterion benchmarks (release)\n  package  build the installable Debian package (release) in target/release/bundle/deb\n  holidays  regenerate the public-holiday calendars (core/data/holidays.json) from PyPI's holidays package"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask {task} failed: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).map(Path::to_path_buf).unwrap_or_default()
}

fn step(title: &str) {
    println!("\n==> {title}");
}

/// Runs a command in `dir`, failing with its description when it fails.
fn sh(dir: &Path, program: &str, args: &[&str]) -> Step {
    sh_with(dir, &[], program, args)
}

/// The same, with the environment variables `env` set.
fn sh_with(dir: &Path, env: &[(&str, &str)], program: &str, args: &[&str]) -> Step {
    let shown: String = env.iter().map(|(k, v)| format!("{k}={v} ")).collect();
    println!("$ {shown}{program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`{program} {}` exited with {status}", args.join(" "))) }
}

/// The rustup proxy, so `rust-toolchain.toml` picks the toolchain.
const CARGO: &str = "cargo";

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

fn missing_packages(packages: &[&str]) -> Vec<String> {
    packages
        .iter()
        .filter(|p| {
            let status = Command::new("dpkg-query").args(["-W", "-f=${Status}", p]).output();
            !status.map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed")).unwrap_or(false)
        })
        .map(|p| (*p).to_owned())
        .collect()
}

/// Installs the Debian packages that are not installed yet.
fn ensure_packages(packages: &[&str]) -> Step {
    step("System packages");
    if Command::new("dpkg-query").arg("--version").output().is_err() {
        println!("not a Debian-based system: install the equivalents of {packages:?} yourself");
        return Ok(());
    }
    let missing = missing_packages(packages);
    if missing.is_empty() {
        println!("all {} packages present", packages.len());
        return Ok(());
    }
    println!("installing: {}", missing.join(" "));
    apt(&["update", "-qq"])?;
    let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
    install.extend(missing.iter().map(String::as_str));
    apt(&install)
}

/// Runs apt-get (through sudo unless root), without questions.
fn apt(args: &[&str]) -> Step {
    let sudo: &[&str] = if is_root() { &[] } else { &["sudo"] };
    let mut command: Vec<&str> = sudo.to_vec();
    command.extend(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]);
    command.extend(args);
    sh(&root(), command[0], &command[1..])
}

/// Installs the UI's npm packages (as locked) when they are missing or older than the lock file.
fn ensure_node_modules() -> Step {
    step("UI packages (npm)");
    let ui = root().join("ui");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .map_err(|_| "Node.js 20.19 or newer is required (node not found)".to_owned())?;
    println!("node {}", String::from_utf8_lossy(&node.stdout).trim());
    let lock = ui.join("package-lock.json");
    let installed = ui.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = matches!((modified(&installed), modified(&lock)), (Some(i), Some(l)) if i >= l);
    if fresh {
        println!("node_modules up to date");
        return Ok(());
    }
    // `npm ci`: exactly the committed lock, which it never rewrites (a run leaves the work tree
    // as it was).
    sh(&ui, "npm", &["ci", "--no-audit", "--no-fund"])
}

/// Installs tauri-driver (the WebDriver bridge to the real window) unless present.
fn ensure_tauri_driver() -> Step {
    step("tauri-driver");
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    if home.join("bin/tauri-driver").exists() {
        println!("present");
        return Ok(());
    }
    sh(&root(), CARGO, &["install", "tauri-driver", "--locked"])
}

fn build_ui() -> Step {
    step("Build the UI");
    sh(&root().join("ui"), "npm", &["run", "build"])
}

fn build_app() -> Step {
    step("Build the desktop app");
    sh(&root(), CARGO, &["build", "-p", "vendor-risk-desktop"])
}

fn run_app() -> Step {
    ensure_packages(BUILD_PACKAGES)?;
    ensure_node_modules()?;
    build_ui()?;
    build_app()?;
    step("Start Vendor Risk Register");
    sh(&root(), &root().join("target/debug/vendor-risk-register").display().to_string(), &[])
}

/// The app on a throw-away team register: a PostgreSQL server in a temporary folder holding
/// the sample, with a login per role (`core/examples/team_trial.rs`), stopped and deleted when
/// the app closes.
fn run_app_on_team_register() -> Step {
    let packages: Vec<&str> = BUILD_PACKAGES.iter().chain(SERVER_PACKAGES).copied().collect();
    ensure_packages(&packages)?;
    ensure_node_modules()?;
    build_ui()?;
    build_app()?;
    step("Start a trial team register and Vendor Risk Register");
    let app = root().join("target/debug/vendor-risk-register").display().to_string();
    sh(&root(), CARGO, &["run", "-q", "-p", "vendor-risk-core", "--example", "team_trial", "--", &app])
}

fn test_everything() -> Step {
    let all: Vec<&str> = BUILD_PACKAGES.iter().chain(TEST_PACKAGES).chain(SERVER_PACKAGES).copied().collect();
    ensure_packages(&all)?;
    ensure_node_modules()?;
    ensure_tauri_driver()?;
    let root = root();
    let ui = root.join("ui");

    step("Formatting and lints");
    sh(&root, CARGO, &["fmt", "--all", "--", "--check"])?;
    build_ui()?;
    sh(&root, CARGO, &["clippy", "--workspace", "--all-targets", "--all-features", "--", "-D", "warnings"])?;

    step("UI unit tests (Vitest)");
    sh(&ui, "npx", &["vitest", "run"])?;

    step("Rust tests: core, store, CLI scenarios, IPC contract, bindings");
    sh(&root, CARGO, &["test", "--workspace"])?;

    step("The store's tests and the CLI scenarios again, on a team register (PostgreSQL)");
    let postgres = [("VRR_STORE", "postgres")];
    let core = [&["test", "-p", "vendor-risk-core", "--test", "suite", "--"], CORE_ON_POSTGRES].concat();
    sh_with(&root, &postgres, CARGO, &core)?;
    let scenarios = [&["test", "-p", "vendor-risk-tests", "--test", "suite", "--"], SCENARIOS_ON_POSTGRES].concat();
    sh_with(&root, &postgres, CARGO, &scenarios)?;

    build_app()?;
    step("End-to-end tests in the real window (tauri-driver + WebKitWebDriver + Xvfb)");
    // One window at a time: each test starts its own app, display and WebDriver.
    sh(
        &root,
        CARGO,
        &["test", "-p", "vendor-risk-tests", "--features", "e2e", "--test", "suite", "e2e::", "--", "--test-threads=1"],
    )?;
    test_installed_package()?;
    println!("\nAll tests passed.");
    Ok(())
}

/// Regenerates `core/data/holidays.json` from the `holidays` package (pinned in
/// `xtask/holidays/requirements.txt`), in a virtual environment under `target/`.
fn generate_holidays() -> Step {
    let root = root();
    let here = root.join("src-tauri/xtask/holidays");
    let venv = root.join("target/holidays-venv");
    step("Public-holiday calendars from PyPI's holidays package");
    if !venv.join("bin/python").exists() {
        sh(&root, "python3", &["-m", "venv", &venv.to_string_lossy()])?;
    }
    let python = venv.join("bin/python").to_string_lossy().into_owned();
    let requirements = here.join("requirements.txt").to_string_lossy().into_owned();
    sh(&root, &python, &["-m", "pip", "install", "--quiet", "-r", &requirements])?;
    let out = root.join("src-tauri/core/data/holidays.json").to_string_lossy().into_owned();
    sh(&root, &python, &[&here.join("generate.py").to_string_lossy(), &out])?;
    println!("Written {out}: review the diff and commit it.");
    Ok(())
}

/// Runs the Tauri CLI (the UI's npm dev dependency) in `src-tauri`.
fn tauri(args: &[&str]) -> Step {
    let cli = root().join("ui/node_modules/.bin/tauri");
    sh(&root().join("src-tauri"), &cli.to_string_lossy(), args)
}

/// The newest .deb the bundler wrote for `profile` (debug or release).
fn built_deb(profile: &str) -> Result<PathBuf, String> {
    let dir = root().join("target").join(profile).join("bundle/deb");
    let debs = std::fs::read_dir(&dir).map_err(|e| format!("no {}: {e}", dir.display()))?;
    debs.filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "deb"))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .ok_or_else(|| format!("no .deb in {}", dir.display()))
}

/// A field of a .deb's control file.
fn deb_field(deb: &Path, field: &str) -> Result<String, String> {
    let out = Command::new("dpkg-deb").arg("-f").arg(deb).arg(field).output().map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// `cargo xtask package`: the release build as an installable Debian package (Tauri's bundler,
/// offline): the program, its desktop entry and icons, its dependencies declared.
fn package_release() -> Step {
    ensure_packages(BUILD_PACKAGES)?;
    ensure_node_modules()?;
    build_ui()?;
    step("Debian package (release)");
    tauri(&["build", "--bundles", "deb"])?;
    let deb = built_deb("release")?;
    let size = std::fs::metadata(&deb).map(|m| m.len()).unwrap_or_default();
    println!(
        "\n{} ({:.1} MB)\ninstall it with: sudo apt-get install \"{}\"",
        deb.display(),
        size as f64 / 1e6,
        deb.display()
    );
    Ok(())
}

/// Packages the debug build, installs the .deb with apt-get, drives the installed program
/// through its e2e test, then removes the package and checks nothing of it is left.
fn test_installed_package() -> Step {
    step("The Debian package: build (debug), install, start, remove");
    tauri(&["build", "--debug", "--bundles", "deb"])?;
    let deb = built_deb("debug")?;
    let package = deb_field(&deb, "Package")?;
    apt(&["install", "-y", "-qq", "--reinstall", &deb.to_string_lossy()])?;
    let files = Command::new("dpkg").args(["-L", &package]).output().map_err(|e| e.to_string())?;
    let files = String::from_utf8_lossy(&files.stdout).into_owned();
    let binary = files.lines().find(|f| f.starts_with("/usr/bin/")).unwrap_or_default().to_owned();
    let deb_path = deb.to_string_lossy().into_owned();
    let env = [("VRR_E2E_APP", binary.as_str()), ("VRR_INSTALLED_DEB", deb_path.as_str())];
    let filter = "e2e::installed_package";
    let args = ["test", "-p", "vendor-risk-tests", "--features", "e2e", "--test", "suite", filter, "--", "--ignored"];
    let tested = sh_with(&root(), &env, CARGO, &args);
    apt(&["remove", "-y", "-qq", &package])?;
    tested?;
    let left = missing_packages(&[&package]).is_empty() || Path::new(&binary).exists();
    if left {
        return Err(format!("{package} is still installed after apt-get remove"));
    }
    println!("{package} installed, started, opened the sample and was removed");
    Ok(())
}

fn bench() -> Step {
    // The team register's benchmarks run on a PostgreSQL server of their own.
    ensure_packages(SERVER_PACKAGES)?;
    step("Benchmarks (criterion, release)");
    sh(&root(), CARGO, &["bench", "-p", "vendor-risk-core"])
}
