//! The DORA Register of Information's templates as the EBA defines them, and a filed package
//! checked as a supervisor would: the EBA's own sample package (structure only, random values)
//! and the same package with one mistake each of the kinds supervisors reject, said in English
//! or in Bahasa Indonesia.

use std::io::{Read, Write};

use vendor_risk_core::dora::package::{read_package, write_package};
use vendor_risk_core::dora::tables::{ColumnType, table, tables};
use vendor_risk_core::dora::validate::{Problem, Severity, check};
use vendor_risk_core::locale::Language;

use crate::common::fixture;

const SAMPLE: &str =
    "dora/eba-dora-roi-sample-DUMMYLEI123456789012.CON_FR_DORA010100_DORA_2024-12-31_20241213174803429.zip";

fn sample() -> Vec<u8> {
    std::fs::read(fixture(SAMPLE)).unwrap()
}

/// The sample's entries, changed by `change` (name, content → new entries), zipped again.
fn changed(change: impl Fn(&str, Vec<u8>) -> Vec<(String, Vec<u8>)>) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(sample())).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().unwrap().into_owned();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        for (name, content) in change(&name, content) {
            out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(&content).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

fn rules(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|p| p.rule).collect()
}

#[test]
fn the_eba_tables_give_every_template_its_columns_keys_and_closed_lists() {
    assert_eq!(tables().len(), 15);
    assert_eq!(tables().first().unwrap().code, "B_01.01");
    assert_eq!(tables().last().unwrap().code, "B_99.01");
    let specific = table("B_02.02").unwrap();
    assert_eq!(specific.primary.len(), 8, "arrangement × entity × provider × function × service × three countries");
    assert_eq!(specific.file_name(), "b_02.02.csv");
    let arrangements = table("B_02.01").unwrap();
    let kind = arrangements.column("c0020").unwrap();
    assert_eq!(kind.kind, ColumnType::Code);
    assert_eq!(kind.allowed.iter().map(String::as_str).collect::<Vec<_>>(), ["eba_CO:x1", "eba_CO:x2", "eba_CO:x3"]);
    let chain = table("B_05.02").unwrap();
    assert!(chain.references.iter().any(|r| r.target == "B_05.01" && r.columns == ["c0060"]));
    assert!(table("B_99.01").unwrap().primary.is_empty());
    for t in tables() {
        for r in &t.references {
            let target = table(&r.target).unwrap_or_else(|| panic!("{}: {} points at no template", t.code, r.name));
            assert_eq!(r.columns.len(), target.primary.len(), "{}: {} maps onto {}'s key", t.code, r.name, r.target);
        }
    }
}

#[test]
fn the_eba_sample_package_reads_and_only_its_random_keys_and_dummy_lei_fail() {
    let package = read_package(&sample()).unwrap();
    assert_eq!(package.root, "DUMMYLEI123456789012.CON_FR_DORA010100_DORA_2024-12-31_20241213174803429");
    assert_eq!(package.sheets.len(), 17, "15 templates, parameters and filing indicators");
    let problems = check(&package, Language::En);
    let broken_keys = problems.iter().filter(|p| p.rule == "807").count();
    // Its values are random strings, so each of the 22 references fails on both rows.
    assert_eq!(broken_keys, 44, "{problems:#?}");
    // And its own LEI is a dummy whose check digits fail.
    let entity: Vec<&Problem> = problems.iter().filter(|p| p.rule == "714").collect();
    assert_eq!(entity.len(), 1, "{problems:#?}");
    assert!(entity[0].message.contains("check digits"), "{}", entity[0].message);
    // Its random strings stand where LEIs belong.
    let leis: std::collections::BTreeSet<(&str, &str)> = problems
        .iter()
        .filter(|p| p.rule == "lei")
        .map(|p| (p.template.as_deref().unwrap(), p.column.as_deref().unwrap()))
        .collect();
    assert!(leis.contains(&("B_01.01", "c0010")) && leis.contains(&("B_06.01", "c0040")), "{leis:?}");
    // Where LEIs belong: the entities' columns, and provider codes whose type says LEI.
    let places = [
        ("B_01.01", "c0010"),
        ("B_01.02", "c0010"),
        ("B_01.02", "c0060"),
        ("B_02.02", "c0020"),
        ("B_06.01", "c0040"),
        ("B_05.01", "c0010"),
        ("B_05.01", "c0030"),
        ("B_05.01", "c0110"),
        ("B_02.02", "c0030"),
    ];
    assert!(leis.iter().all(|c| places.contains(c)), "only LEI columns: {leis:?}");
    assert!(problems.iter().all(|p| ["807", "714", "lei"].contains(&p.rule)), "nothing else is wrong: {problems:#?}");
    let first = problems.iter().find(|p| p.template.as_deref() == Some("B_05.02")).unwrap();
    assert_eq!((first.row, first.severity), (Some(1), Severity::Error));
    assert!(first.message.contains("is not a row of B_02.01"), "{}", first.message);
}

#[test]
fn a_supervisors_problems_are_said_in_bahasa_indonesia_at_the_same_places() {
    let package = read_package(&sample()).unwrap();
    let (english, indonesian) = (check(&package, Language::En), check(&package, Language::Id));
    let place = |p: &Problem| (p.rule, p.severity, p.template.clone(), p.row, p.column.clone());
    assert_eq!(english.iter().map(place).collect::<Vec<_>>(), indonesian.iter().map(place).collect::<Vec<_>>());
    let entity = indonesian.iter().find(|p| p.rule == "714").unwrap();
    assert_eq!(
        entity.message,
        "entityID 'rs:DUMMYLEI123456789012.CON': Digit pemeriksa LEI tidak cocok (ISO 17442); periksa kemungkinan \
         salah ketik."
    );
    let key = indonesian.iter().find(|p| p.template.as_deref() == Some("B_05.02")).unwrap();
    assert_eq!((key.rule, key.row), ("807", Some(1)));
    assert!(key.message.contains("bukan baris dalam B_02.01"), "{}", key.message);
    let lei = indonesian.iter().find(|p| p.rule == "lei").unwrap();
    assert_eq!((lei.template.as_deref(), lei.row, lei.column.as_deref()), (Some("B_01.01"), Some(1), Some("c0010")));
    assert_eq!(lei.message, "'fhjfguxw': LEI terdiri atas 20 huruf dan angka (ISO 17442).");
    // Written again in English, each is the English check's.
    let again: Vec<Problem> = indonesian.into_iter().map(|p| p.in_language(Language::En)).collect();
    assert_eq!(again, english);
}

#[test]
fn each_kind_of_rejected_mistake_is_named_by_template_row_and_column() {
    let bytes = changed(|name, content| {
        let text = String::from_utf8(content.clone()).unwrap();
        let replaced = if name.ends_with("reports/parameters.csv") {
            format!("{text}decimalsPercentage,4\r\n").into_bytes()
        } else if name.ends_with("reports/b_01.01.csv") {
            [b"\xEF\xBB\xBF".as_slice(), &content].concat()
        } else if name.ends_with("reports/b_06.01.csv") {
            // A real (checksum-valid) LEI in the first row's entity column.
            let mut lines: Vec<String> = text.split("\r\n").map(str::to_owned).collect();
            let column = lines[0].split(',').position(|c| c == "c0040").unwrap();
            let mut cells: Vec<String> = lines[1].split(',').map(str::to_owned).collect();
            cells[column] = "9695000EXAMPLEBK0130".into();
            lines[1] = cells.join(",");
            lines.join("\r\n").into_bytes()
        } else if name.ends_with("reports/b_02.01.csv") {
            text.replacen("eba_CO:x1", "eba_CO:x99", 1).into_bytes()
        } else {
            content
        };
        let mut entries = vec![(name.to_owned(), replaced)];
        if name.ends_with("reports/report.json") {
            entries.push((name.replace("report.json", "register.xlsx"), b"left behind".to_vec()));
        }
        entries
    });
    let problems = check(&read_package(&bytes).unwrap(), Language::En);
    let found = rules(&problems);
    for rule in ["714", "306", "720", "503"] {
        assert!(found.contains(&rule), "rule {rule} is found: {problems:#?}");
    }
    let list = problems.iter().find(|p| p.rule == "503").unwrap();
    assert_eq!(
        (list.template.as_deref(), list.row.is_some(), list.column.as_deref(), list.severity),
        (Some("B_02.01"), true, Some("c0020"), Severity::Warning)
    );
    assert!(problems.iter().any(|p| p.rule == "714" && p.message.contains("decimalsPercentage")));
    assert!(problems.iter().any(|p| p.rule == "720" && p.message.contains("register.xlsx")));
    let lei_rows: Vec<Option<usize>> = problems
        .iter()
        .filter(|p| p.rule == "lei" && p.template.as_deref() == Some("B_06.01"))
        .map(|p| p.row)
        .collect();
    assert_eq!(lei_rows, [Some(2)], "the valid LEI passes, the random one does not");
}

#[test]
fn a_repeated_key_and_a_missing_template_are_refused() {
    let bytes = changed(|name, content| {
        if name.ends_with("reports/b_06.01.csv") {
            return Vec::new();
        }
        if !name.ends_with("reports/b_05.01.csv") {
            return vec![(name.to_owned(), content)];
        }
        let text = String::from_utf8(content).unwrap();
        let first_row = text.lines().nth(1).unwrap().to_owned();
        vec![(name.to_owned(), format!("{text}{first_row}\r\n").into_bytes())]
    });
    let problems = check(&read_package(&bytes).unwrap(), Language::En);
    let repeated = problems.iter().find(|p| p.rule == "805").expect("a repeated key");
    assert_eq!((repeated.template.as_deref(), repeated.row), (Some("B_05.01"), Some(3)));
    assert!(problems.iter().any(|p| p.rule == "103" && p.message.contains("b_06.01.csv")), "{problems:#?}");
}

#[test]
fn a_file_that_is_not_a_package_is_refused_with_a_reason() {
    let refused = read_package(b"templateID,reported\nB_01.01,true\n").unwrap_err();
    assert!(refused.to_string().contains("Not a readable report package"), "{refused}");
}

#[test]
fn a_written_package_reads_back_the_same_and_as_supervisors_want_it() {
    let read = read_package(&sample()).unwrap();
    let written = write_package(&read.root, &read.sheets).unwrap();
    assert_eq!(write_package(&read.root, &read.sheets).unwrap(), written, "the same package gives the same bytes");
    let again = read_package(&written).unwrap();
    assert_eq!((&again.root, &again.sheets), (&read.root, &read.sheets));
    let mut files = again.files.clone();
    files.sort();
    let mut expected = read.files.clone();
    expected.sort();
    assert_eq!(files, expected, "the same files");
    assert!(again.with_bom.is_empty(), "no byte-order mark");
    assert_eq!(check(&again, Language::En), check(&read, Language::En), "the same problems");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(written)).unwrap();
    let mut parameters = String::new();
    archive.by_name(&format!("{}/reports/parameters.csv", read.root)).unwrap().read_to_string(&mut parameters).unwrap();
    assert!(parameters.starts_with("name,value\r\nentityID,"), "CRLF line ends: {parameters:?}");
}

#[test]
fn a_package_whose_paths_leave_its_folder_or_that_has_two_folders_is_refused() {
    let zip_of = |names: &[&str]| {
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for name in names {
            out.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(b"name,value\r\n").unwrap();
        }
        out.finish().unwrap().into_inner()
    };
    let escaping = read_package(&zip_of(&["report/../../evil.csv"])).unwrap_err();
    assert!(escaping.to_string().contains("points outside the package"), "{escaping}");
    let two = read_package(&zip_of(&["one/reports/parameters.csv", "two/reports/parameters.csv"])).unwrap_err();
    assert!(two.to_string().contains("two top folders"), "{two}");
}
