//! What the IPC table generates is committed and current: the TypeScript bindings in
//! `ui/src/ipc/bindings/`, the wrappers in `ui/src/ipc/commands.ts`, the invalidation map in
//! `ui/src/ipc/stale.ts` and the event listener in `ui/src/ipc/events.ts`. Regenerate with
//! `UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test desktop generated`: the test then
//! fails once, having rewritten what was stale; run it again.
//!
//! Also: every table entry names its command's real arguments (the compiler checks their types
//! and order; Tauri matches them by name).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use vendor_risk_desktop::ipc;

fn ipc_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc")
}

/// The `.ts` files of a folder, by name.
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

/// Every generated file (path relative to `ui/src/ipc`) and its fresh content.
fn generated() -> BTreeMap<String, String> {
    let fresh = tempfile::tempdir().expect("tempdir");
    ipc::export_bindings(fresh.path()).expect("export the bindings");
    let surface = ipc::surface();
    let mut all: BTreeMap<String, String> =
        files(fresh.path()).into_iter().map(|(name, text)| (format!("bindings/{name}"), text)).collect();
    all.insert("commands.ts".to_owned(), ipc::typescript_wrappers(&surface));
    all.insert("stale.ts".to_owned(), ipc::typescript_stale(&surface));
    all.insert("events.ts".to_owned(), ipc::typescript_events());
    all
}

#[test]
fn the_generated_typescript_is_current() {
    let expected = generated();
    assert!(expected.len() > 50, "{} files", expected.len());
    let dir = ipc_dir();
    let committed = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
    let stale: Vec<&String> =
        expected.iter().filter(|(name, text)| committed(name).as_ref() != Some(*text)).map(|(n, _)| n).collect();
    let extra: Vec<String> = files(&dir.join("bindings"))
        .into_keys()
        .map(|name| format!("bindings/{name}"))
        .filter(|name| !expected.contains_key(name))
        .collect();
    if stale.is_empty() && extra.is_empty() {
        return;
    }
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        for name in &extra {
            std::fs::remove_file(dir.join(name)).expect("remove a binding no longer generated");
        }
        for name in &stale {
            std::fs::write(dir.join(name), &expected[*name]).expect("write a generated file");
        }
        panic!("rewrote {stale:?} and removed {extra:?}; check the change and run the tests again");
    }
    panic!(
        "the generated TypeScript is stale: {stale:?}, no longer generated: {extra:?}. \
         Run UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test desktop generated"
    );
}

/// The parameter names of the `#[tauri::command]` functions in `src/commands/`, by module and
/// function, read with a Rust parser.
fn command_parameters() -> BTreeMap<(String, String), Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/commands");
    let mut found = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("commands folder") {
        let path = entry.expect("entry").path();
        let module = path.file_stem().expect("file name").to_string_lossy().into_owned();
        let file = syn::parse_file(&std::fs::read_to_string(&path).expect("source")).expect("parse");
        for item in file.items {
            let syn::Item::Fn(function) = item else { continue };
            let is_command = function.attrs.iter().any(|a| a.path().segments.iter().any(|s| s.ident == "command"));
            if !is_command {
                continue;
            }
            let names = function
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(typed) => match typed.pat.as_ref() {
                        syn::Pat::Ident(ident) => Some(ident.ident.to_string()),
                        _ => None,
                    },
                    syn::FnArg::Receiver(_) => None,
                })
                .filter(|name| name != "app" && name != "state")
                .collect();
            found.insert((module.clone(), function.sig.ident.to_string()), names);
        }
    }
    found
}

#[test]
fn every_entry_names_its_commands_real_arguments_and_every_command_has_an_entry() {
    let commands = command_parameters();
    let surface = ipc::surface();
    for command in &surface {
        let entry = commands.iter().find(|((_, name), _)| name == command.name);
        let Some((_, parameters)) = entry else { panic!("{} is in the table but not in src/commands", command.name) };
        let table: Vec<&str> = command.args.iter().map(|(name, _)| *name).collect();
        assert_eq!(table, *parameters, "{}: the table's argument names differ from the function's", command.name);
    }
    for (module, name) in commands.keys() {
        assert!(surface.iter().any(|c| c.name == name), "commands/{module}.rs: {name} has no entry in the IPC table");
    }
}
