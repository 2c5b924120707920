import { useTranslation } from "react-i18next";
import { isIpcError } from "../ipc";

/** Shows an error from Rust (or anything thrown) as a readable banner. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = isIpcError(error) ? error.message : String(error);
  return (
    <div className="banner banner-error" role="alert">
      <strong>{t("common.errorTitle")}</strong>
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
