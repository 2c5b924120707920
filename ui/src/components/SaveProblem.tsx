// What went wrong with a form's save, above the form: after a refusal because someone changed
// the record since it opened, who changed what and that the form now shows their version with
// the user's input kept; otherwise the save's error, unless it is about fields (shown by them).
import { useTranslation } from "react-i18next";
import { isIpcError } from "../ipc";
import { ErrorBanner } from "./ErrorBanner";

interface Props {
  /** The refusal that made the form reload (from `useEditSession`), or null. */
  reloadedBecause: string | null;
  /** The save's last error, if any. */
  error: unknown;
}

export function SaveProblem({ reloadedBecause, error }: Props) {
  const { t } = useTranslation();
  if (reloadedBecause !== null) {
    return (
      <div className="banner banner-warning" role="alert" data-testid="changed-since">
        <strong>{reloadedBecause}</strong> <span>{t("common.reloadedKeepingInput")}</span>
      </div>
    );
  }
  const aboutFields = isIpcError(error) && error.code === "validation";
  return error && !aboutFields ? <ErrorBanner error={error} /> : null;
}
