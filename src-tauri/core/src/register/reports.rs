//! Report use cases: render a PDF report, and check a report against the register's history.

use super::Register;
use crate::error::Result;
use crate::locale::Language;
use crate::report::{self, Attestation, RenderedReport, ReportRequest, ReportVerification};
use crate::text::{Message, text};
use crate::validate::FieldErrors;
use crate::work::Work;

impl Register {
    /// Builds and renders a report at the register's clock, in the register's language.
    pub fn render_report(&self, request: ReportRequest) -> Result<RenderedReport> {
        crate::work::unobserved(|work| self.render_report_with(request, self.language(), work))
    }

    /// The same in `language`, telling `work` each step (reading the register, each section
    /// laid out, writing the PDF) and stopping when it is cancelled. The report's data and its
    /// attestation are read in one read transaction, so the attestation names the state the
    /// printed data was read from whatever changes meanwhile; the layout then runs with no
    /// transaction open. The data hash is the English report's, whatever the language.
    pub fn render_report_with(
        &self,
        request: ReportRequest,
        language: Language,
        work: &mut Work<'_>,
    ) -> Result<RenderedReport> {
        work.step(text!(language, "report-reading"), 0, 1)?;
        let (model, attestation) = self.store.read(|r| {
            let model = report::build(self, request, language)?;
            let data_sha256 = match language {
                Language::En => model.data_sha256(),
                _ => report::build(self, request, Language::En)?.data_sha256(),
            };
            work.check()?;
            let (audit_seq, audit_head) = r.audit_head()?.unwrap_or_else(|| (0, crate::audit::GENESIS_HASH.to_owned()));
            let attestation = Attestation {
                kind: model.kind.clone(),
                data_sha256,
                audit_seq,
                audit_head,
                generated_at: model.generated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                generator: report::GENERATOR.to_owned(),
            };
            Ok((model, attestation))
        })?;
        let (pdf, pages) = report::pdf::render(&model, &attestation, work)?;
        Ok(RenderedReport { pdf, pages, attestation, title: model.title })
    }

    /// The file name a report is offered under: its title and today's date
    /// (`Vendor register report 2026-11-28.pdf`, `Laporan register vendor 2026-11-28.pdf`).
    pub fn report_file_name(&self, request: ReportRequest, language: Language) -> Result<String> {
        let title = match request {
            ReportRequest::Register => text!(language, "register-title"),
            ReportRequest::Vendor(id) => text!(language, "dossier-title", vendor = self.vendor(id)?.profile.name),
            ReportRequest::Incident(id) => text!(language, "incident-title", title = self.incident(id)?.incident.title),
        };
        let title: String =
            title.chars().filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')).collect();
        Ok(format!("{title} {}.pdf", self.today()))
    }

    /// Reads a report's attestation and checks it against this register's history.
    pub fn verify_report(&self, pdf: &[u8]) -> Result<ReportVerification> {
        let missing = || FieldErrors::of("file", "attestation", Message::new("attestation-missing"));
        let attestation = report::pdf::read_attestation(pdf).ok_or_else(missing)?;
        let chain = self.verify_audit()?;
        let (recorded, head) = self.store.read(|c| Ok((c.audit_hash_at(attestation.audit_seq)?, c.audit_head()?)))?;
        Ok(report::verification(attestation, chain.intact, recorded, head.map_or(0, |(seq, _)| seq)))
    }
}
