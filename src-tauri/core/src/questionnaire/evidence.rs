//! Evidence files: checked (size limit, file-type allowlist by content, not only by name),
//! named safely, and identified by the SHA-256 of their content. Pure; the store keeps the
//! bytes.

use sha2::{Digest, Sha256};

use crate::text::Message;
use crate::validate::FieldErrors;

/// The largest evidence file accepted.
pub const MAX_EVIDENCE_BYTES: usize = 25 * 1024 * 1024;

/// A file ready for the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedEvidence {
    pub sha256: String,
    pub file_name: String,
    pub media_type: &'static str,
    pub size: i64,
}

/// The media types accepted, by extension, with how their content must begin.
const ALLOWED: &[(&str, &str, Content)] = &[
    ("pdf", "application/pdf", Content::Magic(b"%PDF-")),
    ("png", "image/png", Content::Magic(b"\x89PNG\r\n\x1a\n")),
    ("jpg", "image/jpeg", Content::Magic(b"\xFF\xD8\xFF")),
    ("jpeg", "image/jpeg", Content::Magic(b"\xFF\xD8\xFF")),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Content::Magic(b"PK\x03\x04")),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Content::Magic(b"PK\x03\x04")),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Content::Magic(b"PK\x03\x04"),
    ),
    ("txt", "text/plain", Content::Utf8),
    ("csv", "text/csv", Content::Utf8),
    ("md", "text/markdown", Content::Utf8),
    ("json", "application/json", Content::Utf8),
];

#[derive(Debug, Clone, Copy)]
enum Content {
    Magic(&'static [u8]),
    Utf8,
}

/// The accepted extensions, for messages.
pub fn allowed_extensions() -> String {
    ALLOWED.iter().map(|(ext, _, _)| *ext).collect::<Vec<_>>().join(", ")
}

/// A file name with no path, no control or reserved characters, no leading dots, at most 120
/// characters (keeping the extension).
pub fn sanitise_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .map(|c| if c.is_control() || "<>:\"|?*".contains(c) { '_' } else { c })
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_owned();
    let (stem, ext) = match cleaned.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 10 => (stem.to_owned(), format!(".{ext}")),
        _ => (cleaned.clone(), String::new()),
    };
    let stem: String = stem.chars().take(120 - ext.chars().count()).collect();
    let stem = if stem.trim().is_empty() { "evidence".to_owned() } else { stem };
    format!("{stem}{ext}")
}

/// Checks a file's name, size and content; errors name the field `file`.
pub fn check_evidence(file_name: &str, bytes: &[u8]) -> Result<CheckedEvidence, FieldErrors> {
    let reject = |message: Message| FieldErrors::of("file", "evidence", message);
    if bytes.is_empty() {
        return Err(reject(Message::new("evidence-empty")));
    }
    if bytes.len() > MAX_EVIDENCE_BYTES {
        let size = format!("{:.1}", bytes.len() as f64 / 1_048_576.0);
        let most = MAX_EVIDENCE_BYTES / 1_048_576;
        return Err(reject(Message::new("evidence-too-big").arg("size", size).arg("most", most)));
    }
    let name = sanitise_file_name(file_name);
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let Some((_, media_type, content)) = ALLOWED.iter().find(|(e, _, _)| *e == ext) else {
        return Err(reject(Message::new("evidence-type").arg("name", &name).arg("types", allowed_extensions())));
    };
    let fits = match content {
        Content::Magic(magic) => bytes.starts_with(magic),
        Content::Utf8 => std::str::from_utf8(bytes).is_ok(),
    };
    if !fits {
        return Err(reject(Message::new("evidence-content").arg("name", &name).arg("ext", &ext)));
    }
    Ok(CheckedEvidence {
        sha256: hex::encode(Sha256::digest(bytes)),
        file_name: name,
        media_type,
        size: bytes.len() as i64,
    })
}
