// The app: the start screen until a register is open, then the shell with its screens.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AssessmentPage } from "./features/assessment/AssessmentPage";
import { AuditScreen } from "./features/audit/AuditScreen";
import { BlastRadiusScreen } from "./features/blast/BlastRadiusScreen";
import { DashboardScreen } from "./features/dashboard/DashboardScreen";
import { DataMapScreen } from "./features/datamap/DataMapScreen";
import { IncidentPage } from "./features/incidents/IncidentPage";
import { IncidentsScreen } from "./features/incidents/IncidentsScreen";
import { FindingsScreen } from "./features/findings/FindingsScreen";
import { OrgProfileScreen } from "./features/org/OrgProfileScreen";
import { TemplateBuilder } from "./features/questionnaires/TemplateBuilder";
import { TemplatesScreen } from "./features/questionnaires/TemplatesScreen";
import { RubricScreen } from "./features/risk/RubricScreen";
import { ServicesScreen } from "./features/services/ServicesScreen";
import { Shell } from "./features/shell/Shell";
import { StartScreen } from "./features/start/StartScreen";
import { DoraScreen } from "./features/dora/DoraScreen";
import { VendorPage } from "./features/vendor/VendorPage";
import { VendorsScreen } from "./features/vendors/VendorsScreen";
import { queryKeys, registerResume } from "./ipc";
import { NavigationContext, type Route } from "./navigation";

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case "dashboard":
      return <DashboardScreen />;
    case "rubric":
      return <RubricScreen />;
    case "vendors":
      return <VendorsScreen />;
    case "vendor":
      return <VendorPage key={route.vendorId} vendorId={route.vendorId} tab={route.tab} />;
    case "blast":
      return <BlastRadiusScreen key={`${route.vendorId}-${route.at}`} vendorId={route.vendorId} at={route.at} />;
    case "datamap":
      return <DataMapScreen />;
    case "services":
      return <ServicesScreen />;
    case "incidents":
      return <IncidentsScreen start={route.start} />;
    case "incident":
      return <IncidentPage key={route.incidentId} incidentId={route.incidentId} />;
    case "org":
      return <OrgProfileScreen />;
    case "questionnaires":
      return <TemplatesScreen />;
    case "template":
      return <TemplateBuilder key={`${route.base?.id}-${route.base?.version}`} base={route.base} />;
    case "assessment":
      return <AssessmentPage key={route.assessmentId} assessmentId={route.assessmentId} />;
    case "findings":
      return <FindingsScreen />;
    case "audit":
      return <AuditScreen />;
    case "dora":
      return <DoraScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>({ screen: "dashboard" });
  // At start, reopen the last register; if that fails, say why above the start screen.
  const register = useQuery({ queryKey: queryKeys.register, queryFn: registerResume, staleTime: Infinity });
  if (register.isPending) return <div className="splash">{t("common.loading")}</div>;
  if (!register.data) return <StartScreen resumeError={register.error} />;
  return (
    <NavigationContext.Provider value={setRoute}>
      <Shell info={register.data} screen={route.screen} onNavigate={(screen) => setRoute({ screen } as Route)}>
        <Screen route={route} />
      </Shell>
    </NavigationContext.Provider>
  );
}
