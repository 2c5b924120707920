// Field errors from the core's validation, keyed by field name, for a form to show next to
// each field. Other errors are left to an ErrorBanner.
import { useCallback, useState } from "react";
import { isIpcError } from "../ipc";

export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** Takes the field errors of a rejected call; returns whether there were any. */
  const take = useCallback((error: unknown) => {
    if (isIpcError(error) && error.code === "validation") {
      setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
      return true;
    }
    return false;
  }, []);
  const clear = useCallback(() => setErrors({}), []);
  /** The first error of a list field or any of its items (`field`, `field.0`, `field.0.x`). */
  const listError = (field: string) => Object.entries(errors).find(([f]) => f === field || f.startsWith(`${field}.`))?.[1];
  const isFieldError = (error: unknown) => isIpcError(error) && error.code === "validation";
  return { errors, take, clear, listError, isFieldError };
}
