// Follows long work in Rust (a report, an export, a backup): its progress events while it runs,
// and a way to cancel it. Events of other work running meanwhile are told apart by title.
import { useEffect, useState } from "react";
import { cancelWork, onWorkProgress, type WorkEvent } from "../../ipc";

export function useWork(running: boolean, titles: string[]) {
  const [event, setEvent] = useState<WorkEvent | null>(null);
  const wanted = titles.join("\n");
  useEffect(() => {
    if (!running) {
      setEvent(null);
      return;
    }
    const accepted = wanted.split("\n");
    const unlisten = onWorkProgress((next) => {
      if (accepted.includes(next.title)) setEvent(next);
    });
    return () => void unlisten.then((stop) => stop());
  }, [running, wanted]);
  const cancel = () => {
    if (event) void cancelWork(event.work);
  };
  return { progress: event?.progress ?? null, cancel: event ? cancel : null };
}
