// Where the user is in the app, and how screens move between each other.
import { createContext, useContext } from "react";
import type { AssessmentId, IncidentDraft, IncidentId, VendorId } from "./ipc";

export type VendorTab = "risk" | "flows" | "edges" | "network" | "assessments";

export type Route =
  | { screen: "dashboard" }
  | { screen: "rubric" }
  | { screen: "vendors" }
  | { screen: "vendor"; vendorId: VendorId; tab?: VendorTab }
  | { screen: "blast"; vendorId?: VendorId; at?: string }
  | { screen: "datamap" }
  | { screen: "services" }
  | { screen: "incidents"; start?: { vendor: { id: VendorId; name: string } | null; draft: IncidentDraft } }
  | { screen: "incident"; incidentId: IncidentId }
  | { screen: "org" }
  | { screen: "questionnaires" }
  | { screen: "template"; base?: { id: string; version: number } }
  | { screen: "assessment"; assessmentId: AssessmentId }
  | { screen: "findings" }
  | { screen: "audit" }
  | { screen: "dora" };

export type Screen = Route["screen"];

export const NavigationContext = createContext<(route: Route) => void>(() => undefined);

/** Moves the app to another screen. */
export function useNavigate() {
  return useContext(NavigationContext);
}
