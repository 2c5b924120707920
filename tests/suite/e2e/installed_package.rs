//! The Debian package as a person who is not a developer gets it: `cargo xtask test` builds the
//! .deb (`tauri build --debug --bundles deb`), installs it with apt-get, runs this test against
//! the installed program (`VRR_E2E_APP=/usr/bin/…`, `VRR_INSTALLED_DEB` naming the package
//! file), then removes the package and checks nothing of it is left. Ignored in a plain
//! `cargo test`: it needs the package installed.

use std::path::PathBuf;
use std::process::Command;

use vendor_risk_tests::window::{AppWindow, app_binary};

fn output(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "run by `cargo xtask test` with the .deb installed"]
async fn the_installed_package_starts_and_opens_the_sample() {
    let deb = PathBuf::from(std::env::var("VRR_INSTALLED_DEB").expect("VRR_INSTALLED_DEB names the installed .deb"));
    let deb = deb.to_string_lossy();
    let package = output("dpkg-deb", &["-f", &deb, "Package"]).trim().to_owned();
    // What the package declares: the libraries the app needs, a desktop entry and its icons.
    let depends = output("dpkg-deb", &["-f", &deb, "Depends"]);
    for library in ["libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        assert!(depends.contains(library), "the package does not depend on {library}: {depends}");
    }
    let files = output("dpkg", &["-L", &package]);
    let binary = app_binary();
    assert!(binary.starts_with("/usr/bin"), "this test drives the installed program, not {}", binary.display());
    assert!(files.lines().any(|f| f == binary.to_string_lossy()), "{} is not the package's", binary.display());
    let entry = files.lines().find(|f| f.starts_with("/usr/share/applications/") && f.ends_with(".desktop"));
    let entry = std::fs::read_to_string(entry.expect("a desktop entry")).expect("the desktop entry");
    let program = binary.file_name().expect("a file name").to_string_lossy();
    for line in [format!("Exec={program}"), "Name=Vendor Risk Register".to_owned(), "Type=Application".to_owned()] {
        assert!(entry.lines().any(|l| l == line), "the desktop entry lacks {line}:\n{entry}");
    }
    assert!(files.lines().any(|f| f.starts_with("/usr/share/icons/hicolor/") && f.ends_with(".png")), "no icons");

    // The installed program starts on the start screen and opens the sample register.
    let app = AppWindow::launch().await;
    app.wait_text("[data-testid=start-sample]", "Open sample register").await;
    app.click("[data-testid=start-sample]").await;
    app.click("[data-testid=nav-vendors]").await;
    app.find("[role=row][aria-label='Mixpanel']").await;
    app.screenshot("installed-package").await;
    app.close().await;
}
