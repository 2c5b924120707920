// Generated from the IPC table in src-tauri/src/ipc.rs: do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p vendor-risk-desktop --test desktop generated
import { listen } from "@tauri-apps/api/event";
import type { RegisterEvent } from "./bindings/RegisterEvent";
import type { WorkEvent } from "./bindings/WorkEvent";

/** Calls `handler` with each step of long work (reports, exports, imports, checks); returns the
 * unsubscribe function. `work` names the work for `cancelWork`. */
export const onWorkProgress = (handler: (event: WorkEvent) => void) =>
  listen<WorkEvent>("work-progress", (event) => handler(event.payload));

/** Calls `handler` when someone changes the open register (another person, another program)
 * and when a team register's server goes away or comes back; returns the unsubscribe function. */
export const onRegisterEvent = (handler: (event: RegisterEvent) => void) =>
  listen<RegisterEvent>("register-event", (event) => handler(event.payload));
