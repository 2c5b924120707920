// Backups of the open register: a copy now (SQLite's online backup, safe while working),
// restoring one in place of the register (checked first; the replaced register is kept), and
// how many automatic daily backups to keep.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { useCan } from "../../components/useCan";
import { backupNow, getBackupKeep, queryKeys, restoreBackup, setBackupKeep } from "../../ipc";
import { ExportStatus } from "./ExportStatus";
import { useWork } from "./useWork";

export function BackupPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  // Restoring replaces the whole register: a compliance officer's decision.
  const canRestore = useCan("acceptances");
  const keep = useQuery({ queryKey: queryKeys.backupKeep, queryFn: getBackupKeep });
  const [keepDraft, setKeepDraft] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const backup = useMutation({ mutationFn: backupNow });
  const copying = useWork(backup.isPending, ["Backup"]);
  const saveKeep = useMutation({
    mutationFn: () => setBackupKeep(Number(keepDraft)),
    onSuccess: (value) => {
      client.setQueryData(queryKeys.backupKeep, value);
      setKeepDraft(null);
    },
  });
  const restore = useMutation({
    mutationFn: restoreBackup,
    onSuccess: (done) => {
      setConfirming(false);
      if (!done) return;
      client.setQueryData(queryKeys.register, done.info);
      void client.invalidateQueries();
    },
  });
  return (
    <section className="backup-panel" aria-labelledby="backup-title">
      <h3 id="backup-title" className="subhead">
        {t("backups.title")}
      </h3>
      <p className="muted small">{t("backups.explain", { count: keep.data ?? 7 })}</p>
      <div className="inline-actions">
        <button type="button" className="button" onClick={() => backup.mutate()} disabled={backup.isPending} data-testid="backup-now">
          {t("backups.now")}
        </button>
        {canRestore && (
          <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="backup-restore">
            {t("backups.restore")}
          </button>
        )}
        <label className="inline-actions small">
          {t("backups.keep")}
          <input
            className="input input-compact keep-input"
            type="number"
            min={1}
            max={365}
            value={keepDraft ?? keep.data ?? ""}
            onChange={(e) => setKeepDraft(e.target.value)}
            onBlur={() => keepDraft !== null && saveKeep.mutate()}
          />
        </label>
      </div>
      {saveKeep.error && <ErrorBanner error={saveKeep.error} />}
      <ExportStatus pending={backup.isPending} progress={copying.progress} cancel={copying.cancel} done={backup.data} error={backup.error} />
      {confirming && (
        <div className="banner banner-warn" role="alert">
          <p>{t("backups.confirm")}</p>
          <div className="inline-actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </button>
            <button type="button" className="button button-primary" onClick={() => restore.mutate()} disabled={restore.isPending}>
              {t("backups.chooseAndRestore")}
            </button>
          </div>
        </div>
      )}
      {restore.error && <ErrorBanner error={restore.error} />}
      {restore.data && (
        <div className="banner banner-ok" role="status" data-testid="restore-done">
          {restore.data.replaced ? t("backups.restoredKept", { path: restore.data.replaced }) : t("backups.restored")}
        </div>
      )}
    </section>
  );
}
