// Runs one export at a time: the native save dialog, progress while a report or export is
// made (with a way to cancel it), and the file written (or nothing, if the dialog was
// cancelled).
import { useMutation } from "@tanstack/react-query";
import { exportData, exportReport, type DataExport, type ExportDone, type ReportTarget } from "../../ipc";
import { useWork } from "./useWork";

export type ExportJob = { report: ReportTarget } | { data: DataExport };

/** The titles Rust gives report and export work in its progress events. */
const TITLES = ["Report", "Export"];

export function useExport() {
  const job = useMutation<ExportDone | null, unknown, ExportJob>({
    mutationFn: (what) => ("report" in what ? exportReport(what.report) : exportData(what.data)),
  });
  const work = useWork(job.isPending, TITLES);
  return { run: job.mutate, pending: job.isPending, error: job.error, done: job.data, progress: work.progress, cancel: work.cancel, reset: job.reset };
}
