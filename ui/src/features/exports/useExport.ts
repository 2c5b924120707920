// Runs one export at a time: the native save dialog, progress while a report is made, and
// the file written (or nothing, if the dialog was cancelled).
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { exportData, exportReport, onReportProgress, type DataExport, type ExportDone, type ReportProgress, type ReportTarget } from "../../ipc";

export type ExportJob = { report: ReportTarget } | { data: DataExport };

export function useExport() {
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const job = useMutation<ExportDone | null, unknown, ExportJob>({
    mutationFn: (what) => ("report" in what ? exportReport(what.report) : exportData(what.data)),
    onSettled: () => setProgress(null),
  });
  useEffect(() => {
    if (!job.isPending) return;
    const unlisten = onReportProgress(setProgress);
    return () => void unlisten.then((stop) => stop());
  }, [job.isPending]);
  return { run: job.mutate, pending: job.isPending, error: job.error, done: job.data, progress, reset: job.reset };
}
