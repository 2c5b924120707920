// The frame around every screen of an open register: navigation and the register's name.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LockIcon } from "../../components/LockIcon";
import { getOrgProfile, queryKeys, registerClose, registerHealth, type RegisterInfo } from "../../ipc";
import type { Screen } from "../../navigation";
import { ExportDialog } from "../exports/ExportDialog";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { UserDialog } from "./UserDialog";
import { useRegisterEvents } from "./useRegisterEvents";

type NavScreen = Exclude<Screen, "vendor" | "incident" | "template" | "assessment" | "rubric">;

interface Props {
  info: RegisterInfo;
  screen: Screen;
  onNavigate: (screen: NavScreen) => void;
  children: ReactNode;
}

export function Shell({ info, screen, onNavigate, children }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [changingUser, setChangingUser] = useState(false);
  const [exporting, setExporting] = useState(false);
  // Checked once per register opened, in the background after the first screen (opening reads
  // only the file's header): a damaged file or a log edited outside the app is announced.
  const health = useQuery({ queryKey: queryKeys.health(info.path), queryFn: registerHealth, staleTime: Infinity });
  const chain = health.data?.audit ?? null;
  const offline = useRegisterEvents();
  // On a team register the server decides who you are and your role: no changing user there.
  const team = info.server !== null;
  const close = useMutation({
    mutationFn: registerClose,
    onSuccess: () => {
      // The register query stays (its observers then see null and show the start screen);
      // everything read from the closed register goes.
      client.setQueryData(queryKeys.register, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.register[0] });
    },
  });
  // The DORA Register of Information is kept by financial entities only.
  const profile = useQuery({ queryKey: queryKeys.orgProfile, queryFn: getOrgProfile });
  const financialEntity = profile.data?.financialEntity ?? false;
  const items: { id: NavScreen; label: string }[] = [
    { id: "dashboard", label: t("nav.dashboard") },
    { id: "vendors", label: t("nav.vendors") },
    { id: "blast", label: t("nav.blast") },
    { id: "incidents", label: t("nav.incidents") },
    { id: "questionnaires", label: t("nav.questionnaires") },
    { id: "findings", label: t("nav.findings") },
    { id: "datamap", label: t("nav.datamap") },
    { id: "services", label: t("nav.services") },
    ...(financialEntity ? [{ id: "dora" as const, label: t("nav.dora") }] : []),
    { id: "org", label: t("nav.org") },
    { id: "audit", label: t("nav.audit") },
  ];
  const parent: Partial<Record<Screen, NavScreen>> = { vendor: "vendors", assessment: "vendors", incident: "incidents", template: "questionnaires", rubric: "dashboard" };
  const current = parent[screen] ?? screen;
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="sidebar-brand">
          <img src="./icon.png" alt="" width={28} height={28} />
          <span>{t("app.name")}</span>
        </div>
        <nav aria-label={t("nav.main")}>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className={`nav-item ${current === item.id ? "active" : ""}`}
                  aria-current={current === item.id ? "page" : undefined}
                  data-testid={`nav-${item.id}`}
                  onClick={() => onNavigate(item.id)}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <div className="register-name" title={info.path ?? info.server ?? ""} data-testid="register-name">
            {info.encrypted && <LockIcon label={t("encryption.encrypted")} />}
            {info.fileName}
          </div>
          <div className="muted small" data-testid="opened-as">
            {t("nav.openedAs", { name: info.actor.name, role: t(`role.${info.actor.role}`) })}{" "}
            {team ? (
              <span data-testid="team-register">{t("nav.onServer")}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => setChangingUser(true)} data-testid="change-user">
                {t("nav.changeUser")}
              </button>
            )}
          </div>
          <button type="button" className="button" onClick={() => setExporting(true)} data-testid="open-export">
            {t("nav.export")}
          </button>
          <button type="button" className="button button-quiet" onClick={() => close.mutate()} data-testid="close-register">
            {t("nav.closeRegister")}
          </button>
          <LanguageSwitch />
        </div>
      </aside>
      <div className="content">
        {offline !== null && (
          <div className="banner banner-error" role="alert" data-testid="offline-banner">
            <strong>{t("team.offlineBanner")}</strong> <span className="mono small">{offline}</span>
          </div>
        )}
        {health.data?.fileProblem && (
          <div className="banner banner-error" role="alert" data-testid="damaged-banner">
            <strong>{t("audit.damagedBanner")}</strong> <span className="mono small">{health.data.fileProblem}</span>
          </div>
        )}
        {chain && !chain.intact && (
          <div className="banner banner-error tamper-banner" role="alert" data-testid="tamper-banner">
            <strong>{t("audit.tamperBanner", { count: chain.problems.length })}</strong>{" "}
            <button type="button" className="link-button" onClick={() => onNavigate("audit")}>
              {t("audit.tamperOpen")}
            </button>
          </div>
        )}
        {children}
      </div>
      {changingUser && <UserDialog current={info.actor} onDone={() => setChangingUser(false)} />}
      {exporting && <ExportDialog onDone={() => setExporting(false)} />}
    </div>
  );
}
