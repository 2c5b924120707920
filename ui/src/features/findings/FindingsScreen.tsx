// Every finding in the register, most severe first.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { listFindings, queryKeys } from "../../ipc";
import { FindingsTable } from "./FindingsTable";

export function FindingsScreen() {
  const { t } = useTranslation();
  const findings = useQuery({ queryKey: queryKeys.findings(null, null), queryFn: () => listFindings(null, null) });
  const [openOnly, setOpenOnly] = useState(true);
  const shown = (findings.data ?? []).filter((f) => !openOnly || f.status === "open" || f.status === "remediation_requested");
  return (
    <section className="screen screen-scroll" aria-labelledby="findings-title">
      <header className="screen-header">
        <div>
          <h1 id="findings-title">{t("findings.title")}</h1>
          <p className="muted">{t("findings.subtitle")}</p>
        </div>
      </header>
      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
          {t("findings.openOnly")}
        </label>
      </div>
      {findings.error && <ErrorBanner error={findings.error} onRetry={() => void findings.refetch()} />}
      {findings.data && <FindingsTable findings={shown} showVendor />}
    </section>
  );
}
