// What an export is doing: a progress bar (and Cancel) while a report or export is made, then
// the file written with a button to open it in the system viewer. A cancelled export wrote
// nothing, and says so.
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { isIpcError, openExport, type ExportDone, type WorkProgress } from "../../ipc";

interface Props {
  pending: boolean;
  progress: WorkProgress | null;
  /** Stops the work; null until it has reported its first step. */
  cancel?: (() => void) | null;
  done: ExportDone | null | undefined;
  error: unknown;
}

export function ExportStatus({ pending, progress, cancel, done, error }: Props) {
  const { t } = useTranslation();
  const open = useMutation({ mutationFn: openExport });
  if (isIpcError(error) && error.code === "cancelled") {
    return (
      <div className="banner banner-info" role="status" data-testid="export-cancelled">
        {t("exports.cancelled")}
      </div>
    );
  }
  if (error) return <ErrorBanner error={error} />;
  if (pending) {
    return (
      <div className="export-progress" role="status" data-testid="export-progress">
        <progress max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />
        <span className="muted small">{progress ? progress.step : t("exports.working")}</span>
        {cancel && (
          <button type="button" className="button button-quiet" onClick={cancel} data-testid="export-cancel">
            {t("common.cancel")}
          </button>
        )}
      </div>
    );
  }
  if (!done) return null;
  return (
    <div className="banner banner-ok" role="status" data-testid="export-done">
      <span>
        {done.pages === null
          ? t("exports.saved", { name: done.fileName, size: (done.bytes / 1024).toFixed(0) })
          : t("exports.savedReport", { name: done.fileName, pages: done.pages, size: (done.bytes / 1024).toFixed(0) })}
      </span>{" "}
      <button type="button" className="button button-quiet" onClick={() => open.mutate(done.path)} data-testid="export-open">
        {t("exports.open")}
      </button>
      <div className="muted small mono" title={done.path}>
        {done.path}
      </div>
      {open.error && <ErrorBanner error={open.error} />}
    </div>
  );
}
