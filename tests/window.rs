//! Drives the real app window for end-to-end tests: an Xvfb display (unless one is given),
//! `tauri-driver` (its own process group, ended as a group so WebKitWebDriver does not linger),
//! and the built app with a fresh, private data folder.
//!
//! Everything here fails loudly: a window that cannot be driven is a failed test, never a skip.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use thirtyfour::prelude::*;

use crate::workspace_root;

/// The app binary the tests drive: `VRR_E2E_APP`, or the workspace's debug build.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("VRR_E2E_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/debug/vendor-risk-register"));
    assert!(path.exists(), "the app is not built at {}: run `cargo xtask test`", path.display());
    path
}

fn tauri_driver_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(path);
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    let installed = cargo_home.join("bin/tauri-driver");
    if installed.exists() { installed } else { PathBuf::from("tauri-driver") }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// Waits for a condition another process brings about (a port that listens, a line in a log),
/// looking again every 100 ms; fails after `timeout` (a hang guard, not a speed target).
pub fn wait_until(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Ends a process group started with `process_group(0)`: TERM, then KILL.
pub fn end_group(child: &mut Child) {
    let group = Pid::from_raw(child.id() as i32);
    let _ = killpg(group, Signal::SIGTERM);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(3) {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = killpg(group, Signal::SIGKILL);
    let _ = child.wait();
}

fn start_xvfb() -> (Child, String) {
    let number = (90..400).find(|n| !PathBuf::from(format!("/tmp/.X11-unix/X{n}")).exists()).expect("a free X display");
    let display = format!(":{number}");
    let child = std::os::unix::process::CommandExt::process_group(
        Command::new("Xvfb").args([display.as_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp"]),
        0,
    )
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .expect("Xvfb must be installed (cargo xtask test installs it)");
    wait_until("Xvfb", Duration::from_secs(10), || PathBuf::from(format!("/tmp/.X11-unix/X{number}")).exists());
    (child, display)
}

/// Whether the app's log file under the data folder `data` has a line containing `text`.
pub fn app_log_contains(data: &Path, text: &str) -> bool {
    let dir = data.join("org.vendorrisk.register/logs");
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .any(|entry| std::fs::read_to_string(entry.path()).is_ok_and(|log| log.contains(text)))
}

/// A running app window under WebDriver control.
pub struct AppWindow {
    pub driver: WebDriver,
    driver_process: Option<Child>,
    xvfb: Option<Child>,
    pub home: tempfile::TempDir,
    log: PathBuf,
    /// The X display the window is on.
    display: String,
}

impl AppWindow {
    /// Starts the app with an empty data folder and connects to its window.
    pub async fn launch() -> AppWindow {
        Self::launch_in(tempfile::tempdir().expect("tempdir")).await
    }

    /// Starts the app with `home` as its data folders (`home/data`, `home/config`), which the
    /// caller may have prepared, and connects to its window; on an American English desktop,
    /// whatever this machine's locale.
    pub async fn launch_in(home: tempfile::TempDir) -> AppWindow {
        Self::launch_with_locale(home, "en_US.UTF-8").await
    }

    /// The same on a desktop whose locale is `locale` (`id_ID.UTF-8`, `en_IE.UTF-8`).
    pub async fn launch_with_locale(home: tempfile::TempDir, locale: &str) -> AppWindow {
        let app = app_binary();
        let (xvfb, display) = match std::env::var("DISPLAY") {
            Ok(display) if !display.is_empty() => (None, display),
            _ => {
                let (child, display) = start_xvfb();
                (Some(child), display)
            }
        };
        let (port, native_port) = (free_port(), free_port());
        let log = home.path().join("tauri-driver.log");
        let log_file = std::fs::File::create(&log).expect("log file");
        let mut command = Command::new(tauri_driver_binary());
        command
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("DISPLAY", &display)
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("USER", "E2E Tester")
            .env("LANG", locale)
            .env("LC_ALL", locale)
            .env("LC_MESSAGES", locale)
            .env_remove("VENDOR_RISK_LANG")
            .stdout(log_file.try_clone().expect("log"))
            .stderr(log_file);
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let driver_process =
            command.spawn().expect("tauri-driver must be installed (cargo install tauri-driver --locked)");
        // tauri-driver starts WebKitWebDriver at once but forwards the new session to it without
        // waiting: on a busy machine the first request may come before it listens.
        for (name, port) in [("tauri-driver", port), ("WebKitWebDriver", native_port)] {
            wait_until(name, Duration::from_secs(30), || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
        }

        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").expect("capability");
        caps.set("tauri:options", serde_json::json!({ "application": app })).expect("capability");
        let driver = match WebDriver::new(&format!("http://127.0.0.1:{port}"), caps).await {
            Ok(driver) => driver,
            Err(err) => {
                panic!("cannot drive the app window: {err}\n{}", std::fs::read_to_string(&log).unwrap_or_default())
            }
        };
        AppWindow { driver, driver_process: Some(driver_process), xvfb, home, log, display }
    }

    /// The first element matching `css`, waiting up to 15 s for it.
    pub async fn find(&self, css: &str) -> WebElement {
        match self.driver.query(By::Css(css)).wait(Duration::from_secs(15), Duration::from_millis(100)).first().await {
            Ok(element) => element,
            Err(err) => {
                self.screenshot("failure").await;
                panic!("no element '{css}': {err}")
            }
        }
    }

    /// Waits until `css` matches nothing.
    pub async fn wait_gone(&self, css: &str) {
        let start = Instant::now();
        loop {
            match self.driver.find_all(By::Css(css)).await {
                Ok(found) if found.is_empty() => return,
                Ok(_) => {}
                // The element went away while the query looked at it: ask again.
                Err(e) if matches!(e.as_inner(), thirtyfour::error::WebDriverErrorInner::StaleElementReference(_)) => {}
                Err(other) => panic!("query {css}: {other}"),
            }
            if start.elapsed() > Duration::from_secs(15) {
                self.screenshot("failure").await;
                panic!("'{css}' is still shown");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Replaces the text of the input matching `css`, once it can be typed into (a form that
    /// just appeared may not be yet).
    pub async fn fill(&self, css: &str, text: &str) {
        let start = Instant::now();
        let input = loop {
            let input = self.find(css).await;
            match input.clear().await {
                Ok(()) => break input,
                Err(e) if start.elapsed() > Duration::from_secs(5) => panic!("clear {css}: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        input.send_keys(text).await.unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Picks the option with `value` in the select matching `css`.
    pub async fn select(&self, css: &str, value: &str) {
        let select = self.find(css).await;
        let option = select
            .find(By::Css(format!("option[value='{value}']")))
            .await
            .unwrap_or_else(|e| panic!("option {value}: {e}"));
        option.click().await.unwrap_or_else(|e| panic!("select {value}: {e}"));
    }

    /// Waits until the element matching `css` contains `text`; returns its whole text.
    pub async fn wait_text(&self, css: &str, text: &str) -> String {
        let start = Instant::now();
        loop {
            if let Ok(element) = self.driver.find(By::Css(css)).await {
                // textContent, not the rendered text: WebKitWebDriver reports '' for text
                // clipped with an ellipsis.
                let current = element.prop("textContent").await.ok().flatten().unwrap_or_default();
                if current.contains(text) {
                    return current;
                }
                if start.elapsed() > Duration::from_secs(15) {
                    self.screenshot("failure").await;
                    panic!("'{css}' shows '{current}', not '{text}'");
                }
            } else if start.elapsed() > Duration::from_secs(15) {
                self.screenshot("failure").await;
                panic!("no element '{css}' to show '{text}'");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the script's return value, as JSON text, is `expected`.
    pub async fn wait_script(&self, script: &str, expected: &str) {
        let start = Instant::now();
        loop {
            let current = match self.driver.execute(script, Vec::new()).await {
                Ok(value) => value.json().to_string(),
                Err(err) => err.to_string(),
            };
            if current == expected {
                return;
            }
            if start.elapsed() > Duration::from_secs(15) {
                panic!("'{script}' returns {current}, not {expected}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot to `target/e2e-screenshots/<name>.png` for a human to look at.
    pub async fn screenshot(&self, name: &str) {
        let dir = workspace_root().join("target/e2e-screenshots");
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(png) = self.driver.screenshot_as_png().await {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
    }

    /// Closes the window and ends every process started for it.
    pub async fn close(mut self) {
        let driver = self.driver.clone();
        let _ = driver.quit().await;
        self.stop_processes();
    }

    /// Closes the window like [`AppWindow::close`], handing back its data folders for the next
    /// start.
    pub async fn close_keeping_home(mut self) -> tempfile::TempDir {
        let driver = self.driver.clone();
        let _ = driver.quit().await;
        self.stop_processes();
        std::mem::replace(&mut self.home, tempfile::tempdir().expect("tempdir"))
    }

    fn stop_processes(&mut self) {
        if let Some(mut driver) = self.driver_process.take() {
            end_group(&mut driver);
        }
        if let Some(mut xvfb) = self.xvfb.take() {
            end_group(&mut xvfb);
        }
    }

    /// The tauri-driver log, for failure messages.
    pub fn driver_log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for AppWindow {
    fn drop(&mut self) {
        self.stop_processes();
    }
}

impl AppWindow {
    /// Answers the native file dialog titled `title` (a GTK file chooser) by typing `path` and
    /// pressing Enter, as a person would, with xdotool on the same display.
    pub async fn choose_file(&self, title: &str, path: &Path) {
        self.answer_file_dialog(title, "ctrl+l", path).await;
    }

    /// Answers the native save dialog titled `title` by replacing the suggested name with
    /// `path` and pressing Enter.
    pub async fn save_as(&self, title: &str, path: &Path) {
        self.answer_file_dialog(title, "ctrl+a", path).await;
    }

    async fn answer_file_dialog(&self, title: &str, first_key: &str, path: &Path) {
        let display = self.display.clone();
        let xdotool = |args: &[&str]| {
            let status = Command::new("xdotool")
                .args(args)
                .env("DISPLAY", &display)
                .status()
                .expect("xdotool must be installed");
            assert!(status.success(), "xdotool {args:?} failed");
        };
        let start = Instant::now();
        let window = loop {
            let found = Command::new("xdotool")
                .args(["search", "--name", title])
                .env("DISPLAY", &display)
                .output()
                .expect("xdotool");
            if let Some(id) = String::from_utf8_lossy(&found.stdout).lines().next().map(str::to_owned) {
                break id;
            }
            assert!(start.elapsed() < Duration::from_secs(15), "no file dialog titled '{title}'");
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        tokio::time::sleep(Duration::from_millis(500)).await;
        xdotool(&["windowfocus", "--sync", &window]);
        xdotool(&["key", "--window", &window, first_key]);
        xdotool(&["type", "--window", &window, "--delay", "20", &path.display().to_string()]);
        tokio::time::sleep(Duration::from_millis(300)).await;
        xdotool(&["key", "--window", &window, "Return"]);
    }
}
