// Runs one export at a time, reports in the chosen language: the native save dialog, progress while a report or export is
// made (with a way to cancel it), and the file written (or nothing, if the dialog was
// cancelled).
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { exportData, exportReport, type DataExport, type ExportDone, type Language, type ReportTarget } from "../../ipc";
import { useWork } from "./useWork";

export type ExportJob = { report: ReportTarget } | { data: DataExport };

/** The titles Rust gives report and export work in its progress events. */
const TITLES = ["Report", "Export"];

/** Runs exports; reports are written in `language` (`null`: the window's language). */
export function useExport() {
  const [language, setLanguage] = useState<Language | null>(null);
  const job = useMutation<ExportDone | null, unknown, ExportJob>({
    mutationFn: (what) => ("report" in what ? exportReport(what.report, language) : exportData(what.data)),
  });
  const work = useWork(job.isPending, TITLES);
  return {
    run: job.mutate,
    pending: job.isPending,
    error: job.error,
    done: job.data,
    progress: work.progress,
    cancel: work.cancel,
    reset: job.reset,
    language,
    setLanguage,
  };
}
