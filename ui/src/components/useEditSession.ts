// A form over a record someone else may change while it is open (another person on a team
// register, another program). It saves with the revision it was opened at; when the core refuses
// because the record changed since (`changed_since`), the form reloads the record's current
// version and keeps what the user typed on top of it, and says who changed what.
import { useState } from "react";
import { isIpcError } from "../ipc";

interface Opened<D> {
  draft: D;
  revision: number;
}

/** `theirs`, with every field the user changed since `opened` taken from `mine`. */
export function keepTyped<D extends object>(mine: D, opened: D, theirs: D): D {
  const out = { ...theirs };
  for (const key of Object.keys(mine) as (keyof D)[]) {
    if (JSON.stringify(mine[key]) !== JSON.stringify(opened[key])) out[key] = mine[key];
  }
  return out;
}

export function useEditSession<D extends object>(opened: Opened<D> | null, empty: D) {
  const [draft, setDraft] = useState<D>(opened?.draft ?? empty);
  const [base, setBase] = useState<Opened<D> | null>(opened);
  /** The refusal that made the form reload, shown until the next save. */
  const [reloadedBecause, setReloadedBecause] = useState<string | null>(null);
  /** Reloads after a `changed_since` refusal (returns false for any other error). */
  const reloadIfChanged = async (error: unknown, fetchCurrent: () => Promise<Opened<D>>) => {
    if (!isIpcError(error) || error.code !== "changed_since" || base === null) return false;
    const current = await fetchCurrent();
    setDraft((mine) => keepTyped(mine, base.draft, current.draft));
    setBase(current);
    setReloadedBecause(error.message);
    return true;
  };
  return {
    draft,
    setDraft,
    /** The record as the form stands on it (as opened, or as reloaded or saved since). */
    opened: base?.draft ?? empty,
    /** Stands the form on `current` (after a save, for a form that stays open). */
    rebase: (current: Opened<D>) => {
      setBase(current);
      setDraft(current.draft);
    },
    /** What to save: the draft and the revision the form now stands on. */
    edit: () => ({ draft, revision: base?.revision ?? 0 }),
    reloadIfChanged,
    reloadedBecause,
    clearReloaded: () => setReloadedBecause(null),
  };
}
