// The app: the start screen until a register is open, then the shell with its screens.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AuditScreen } from "./features/audit/AuditScreen";
import { Shell, type Screen } from "./features/shell/Shell";
import { StartScreen } from "./features/start/StartScreen";
import { VendorsScreen } from "./features/vendors/VendorsScreen";
import { queryKeys, registerResume } from "./ipc";

export function App() {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>("vendors");
  // At start, reopen the last register; if that fails, say why above the start screen.
  const register = useQuery({ queryKey: queryKeys.register, queryFn: registerResume, staleTime: Infinity });
  if (register.isPending) return <div className="splash">{t("common.loading")}</div>;
  if (!register.data) return <StartScreen resumeError={register.error} />;
  return (
    <Shell info={register.data} screen={screen} onNavigate={setScreen}>
      {screen === "vendors" && <VendorsScreen />}
      {screen === "audit" && <AuditScreen />}
    </Shell>
  );
}
