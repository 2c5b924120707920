// The one place that calls Tauri's invoke. Every command wrapper goes through `call`, which
// turns a rejected invoke into a typed IpcError.
import { invoke } from "@tauri-apps/api/core";
import type { IpcError } from "./bindings/IpcError";

export type { IpcError };

/** True when `value` is the `{ code, message, fields }` envelope Rust sends on error. */
export function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    "code" in value &&
    "message" in value &&
    typeof (value as { message: unknown }).message === "string"
  );
}

/** Invokes a Rust command; rejects with an IpcError. */
export async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isIpcError(error)) throw error;
    const envelope: IpcError = {
      code: "internal",
      message: typeof error === "string" ? error : "The app could not run this command.",
      fields: [],
    };
    throw envelope;
  }
}
