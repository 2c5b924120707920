//! Measures how long the app takes from launch to its first screen, the dashboard (whose heat
//! map needs every vendor's risk), reopening a 10,000-vendor register (the last one used). Not a
//! test: a measurement, printed.
//!
//! `cargo run --release -p vendor-risk-tests --features e2e --example startup_time`
//! (needs the app built: `cargo xtask test` or `cargo build -p vendor-risk-desktop`).
//!
//! The clock starts before the WebDriver session is created (which launches the app) and stops
//! when the heat map's cells are in the DOM; WebKitWebDriver's own start-up is included, so the
//! figure is an upper bound.

use std::time::{Duration, Instant};

use thirtyfour::prelude::*;
use vendor_risk_core::{Register, RegisterOptions, sample};
use vendor_risk_tests::window::AppWindow;

const RUNS: usize = 5;

fn prepared_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("tempdir");
    let registers = home.path().join("data/org.vendorrisk.register/registers");
    std::fs::create_dir_all(&registers).expect("dir");
    let path = registers.join("synthetic-10000.sqlite");
    let register = Register::create(&path, RegisterOptions::default()).expect("register");
    register.create_vendors(&sample::synthetic_vendors(10_000, 42)).expect("vendors");
    drop(register);
    let config = home.path().join("config/org.vendorrisk.register");
    std::fs::create_dir_all(&config).expect("dir");
    std::fs::write(config.join("settings.json"), serde_json::json!({ "recent": [path] }).to_string())
        .expect("settings");
    home
}

#[tokio::main]
async fn main() {
    let mut times = Vec::new();
    for run in 1..=RUNS {
        let home = prepared_home();
        let start = Instant::now();
        let app = AppWindow::launch_in(home).await;
        let session = start.elapsed();
        app.driver
            .query(By::Css("[data-testid=heat-map] .heat-cell"))
            .wait(Duration::from_secs(30), Duration::from_millis(10))
            .first()
            .await
            .expect("the heat map");
        let interactive = start.elapsed();
        println!("run {run}: WebDriver session (app launched) {session:?}, dashboard shown {interactive:?}");
        times.push(interactive);
        app.close().await;
    }
    times.sort();
    println!("median launch → dashboard (10,000 vendors): {:?}", times[RUNS / 2]);
}
