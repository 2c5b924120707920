// The Export menu: the register report for auditors, the vendor register as CSV or Excel, the
// GDPR Art. 30 record of processing, a full JSON export, and backups of the register file; for a
// financial entity, the DORA Register of Information (made on its own screen, which checks it
// for a reference date first).
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { LanguagePicker } from "../../components/LanguagePicker";
import { getOrgProfile, queryKeys } from "../../ipc";
import { useNavigate } from "../../navigation";
import { BackupPanel } from "./BackupPanel";
import { EncryptionPanel } from "./EncryptionPanel";
import { ExportStatus } from "./ExportStatus";
import { useExport, type ExportJob } from "./useExport";

const CHOICES: { id: string; job: ExportJob }[] = [
  { id: "registerReport", job: { report: { kind: "register" } } },
  { id: "vendorsCsv", job: { data: "vendors_csv" } },
  { id: "vendorsXlsx", job: { data: "vendors_xlsx" } },
  { id: "ropaXlsx", job: { data: "ropa_xlsx" } },
  { id: "ropaCsv", job: { data: "ropa_csv" } },
  { id: "backup", job: { data: "backup" } },
];

export function ExportDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const exporting = useExport();
  const navigate = useNavigate();
  const profile = useQuery({ queryKey: queryKeys.orgProfile, queryFn: getOrgProfile });
  return (
    <Dialog
      title={t("exports.title")}
      wide
      onClose={onDone}
      footer={
        <button type="button" className="button" onClick={onDone}>
          {t("common.close")}
        </button>
      }
    >
      <p className="muted">{t("exports.explain")}</p>
      <LanguagePicker label={t("exports.reportLanguage")} value={exporting.language} onChange={exporting.setLanguage} testId="report-language" />
      <ul className="export-choices">
        {CHOICES.map(({ id, job }) => (
          <li key={id}>
            <button type="button" className="button export-choice" disabled={exporting.pending} onClick={() => exporting.run(job)} data-testid={`export-${id}`}>
              <strong>{t(`exports.choices.${id}.title`)}</strong>
              <span className="muted small">{t(`exports.choices.${id}.detail`)}</span>
            </button>
          </li>
        ))}
        {profile.data?.financialEntity && (
          <li>
            <button
              type="button"
              className="button export-choice"
              onClick={() => {
                onDone();
                navigate({ screen: "dora" });
              }}
              data-testid="export-dora"
            >
              <strong>{t("exports.choices.dora.title")}</strong>
              <span className="muted small">{t("exports.choices.dora.detail")}</span>
            </button>
          </li>
        )}
      </ul>
      <ExportStatus pending={exporting.pending} progress={exporting.progress} cancel={exporting.cancel} done={exporting.done} error={exporting.error} />
      <BackupPanel />
      <EncryptionPanel />
    </Dialog>
  );
}
