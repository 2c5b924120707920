//! The committed TypeScript bindings in `ui/src/ipc/bindings/` match the Rust types.
//! Regenerate with `UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test bindings`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn files(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read_to_string(e.path()).unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn committed_bindings_are_up_to_date() {
    let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings");
    let fresh = tempfile::tempdir().expect("tempdir");
    vendor_risk_desktop::bindings::export_all(fresh.path()).expect("export");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(&committed);
        std::fs::create_dir_all(&committed).expect("bindings dir");
        for (name, text) in files(fresh.path()) {
            std::fs::write(committed.join(name), text).expect("write binding");
        }
    }
    let expected = files(fresh.path());
    assert!(expected.len() > 10);
    let actual = files(&committed);
    let stale: Vec<&String> = expected.keys().filter(|name| actual.get(*name) != expected.get(*name)).collect();
    let extra: Vec<&String> = actual.keys().filter(|name| !expected.contains_key(*name)).collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "TypeScript bindings are stale: {stale:?}, no longer generated: {extra:?}. \
         Run UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test bindings"
    );
}
