// Test double for the Rust side: routes invoke calls to per-command handlers. Used by Vitest only.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";

export type Handler = (args: Record<string, unknown>) => unknown;

/** Answers invoke calls with `handlers[command]`; a handler may throw an IpcError to reject. */
export function mockCommands(handlers: Record<string, Handler>): void {
  mockIPC((command, args) => {
    const handler = handlers[command];
    if (!handler) throw { code: "internal", message: `unmocked command ${command}`, fields: [] };
    return handler((args ?? {}) as Record<string, unknown>);
  });
}

export { clearMocks };
