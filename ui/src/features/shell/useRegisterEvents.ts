// Keeps an open register's screens current: what was read is refreshed when someone else changes
// the register (another person on a team register, the CLI on the same file), and while a team
// register's server cannot be reached the reason is returned for a banner.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { onRegisterEvent, refreshRegisterData } from "../../ipc";

/** Notices arriving this close together cause one refresh. */
const GATHER_MS = 150;

/** Why the team register's server cannot be reached, or null while it can (or for a file). */
export function useRegisterEvents(): string | null {
  const client = useQueryClient();
  const [offline, setOffline] = useState<string | null>(null);
  useEffect(() => {
    let gathering: ReturnType<typeof setTimeout> | undefined;
    const unlisten = onRegisterEvent((event) => {
      if (event.kind === "changed") {
        clearTimeout(gathering);
        gathering = setTimeout(() => refreshRegisterData(client), GATHER_MS);
      } else {
        setOffline(event.kind === "offline" ? event.reason : null);
      }
    });
    return () => {
      clearTimeout(gathering);
      void unlisten.then((stop) => stop());
    };
  }, [client]);
  return offline;
}
