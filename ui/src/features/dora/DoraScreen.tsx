// The DORA Register of Information for a financial entity: readiness per template at a glance,
// every problem a supervisor would raise with the record that fixes it, the records themselves
// (entities, functions, arrangements), and the report package exported for a reference date.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import {
  exportDora,
  getDoraFields,
  getDoraReadiness,
  getDoraReferenceDate,
  getDoraRecords,
  queryKeys,
  type DoraArrangement,
  type DoraEntity,
  type DoraFunction,
  type DoraProblem,
  type DoraRecords,
  type Source,
} from "../../ipc";
import { ExportStatus } from "../exports/ExportStatus";
import { useWork } from "../exports/useWork";
import { DoraImportDialog } from "./DoraImportDialog";
import { DoraSettingsPanel } from "./DoraSettingsPanel";
import { DoraRecordForm, type Editing } from "./DoraRecordForm";

/** The problems shown at once; the rest are counted (the package's problems file lists them all). */
const SHOWN_PROBLEMS = 200;

export function DoraScreen() {
  const { t } = useTranslation();
  // The reference date the core says is due, until the user picks another.
  const due = useQuery({ queryKey: queryKeys.doraReferenceDate, queryFn: getDoraReferenceDate, staleTime: Infinity });
  const [picked, setPicked] = useState<string | null>(null);
  const refDate = picked ?? due.data ?? "";
  const records = useQuery({ queryKey: queryKeys.doraRecords, queryFn: getDoraRecords });
  const fields = useQuery({ queryKey: queryKeys.doraFields, queryFn: getDoraFields, staleTime: Infinity });
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(refDate);
  const readiness = useQuery({
    queryKey: queryKeys.doraReadiness(refDate),
    queryFn: () => getDoraReadiness(refDate),
    enabled: validDate,
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [importing, setImporting] = useState(false);
  const problems = readiness.data?.problems ?? [];
  const errors = problems.filter((p) => p.severity === "error").length;
  return (
    <section className="screen screen-scroll" aria-labelledby="dora-title">
      <header className="screen-header">
        <div>
          <h1 id="dora-title">{t("dora.title")}</h1>
          <p className="muted">{t("dora.subtitle")}</p>
        </div>
        <div className="inline-actions">
          <label className="inline-field">
            {t("dora.refDate")}{" "}
            <input type="date" value={refDate} onChange={(e) => setPicked(e.target.value)} data-testid="dora-ref-date" />
          </label>
          <button type="button" className="button" onClick={() => setImporting(true)} data-testid="dora-import">
            {t("dora.import")}
          </button>
        </div>
      </header>
      {(records.error ?? readiness.error) && <ErrorBanner error={records.error ?? readiness.error} />}
      {readiness.data && (
        <>
          <p data-testid="dora-summary" className={errors > 0 ? "text-error" : "muted"}>
            {errors > 0
              ? t("dora.summaryErrors", { errors, problems: problems.length, name: readiness.data.name })
              : t("dora.summaryReady", { problems: problems.length, name: readiness.data.name })}
          </p>
          <table className="table" data-testid="dora-readiness">
            <thead>
              <tr>
                <th>{t("dora.columns.template")}</th>
                <th className="num">{t("dora.columns.rows")}</th>
                <th className="num">{t("dora.columns.errors")}</th>
                <th className="num">{t("dora.columns.warnings")}</th>
              </tr>
            </thead>
            <tbody>
              {readiness.data.templates.map((row) => (
                <tr key={row.template} data-testid={`dora-template-${row.template}`}>
                  <td>
                    <span className="mono">{row.template}</span> <span className="muted">{row.title}</span>
                  </td>
                  <td className="num">{row.rows}</td>
                  <td className={`num ${row.errors > 0 ? "text-error" : ""}`}>{row.errors}</td>
                  <td className="num">{row.warnings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {problems.length > 0 && records.data && (
        <Problems problems={problems} records={records.data} onFix={setEditing} />
      )}
      {records.data && fields.data && (
        <DoraSettingsPanel key={JSON.stringify(records.data.settings)} settings={records.data.settings} fields={fields.data} />
      )}
      <DoraExport refDate={refDate} errors={errors} disabled={!validDate} />
      {records.data && <Records records={records.data} onEdit={setEditing} />}
      {importing && <DoraImportDialog onDone={() => setImporting(false)} />}
      {editing && fields.data && records.data && (
        <DoraRecordForm editing={editing} fields={fields.data} records={records.data} onDone={() => setEditing(null)} />
      )}
    </section>
  );
}

/** What the form opens for a problem's record. */
function editingFor(source: Source, records: DoraRecords): Editing | null {
  switch (source.kind) {
    case "arrangement": {
      const arrangement = records.arrangements.find((a) => a.reference === source.reference);
      return arrangement ? { kind: "arrangement", record: arrangement } : null;
    }
    case "entity": {
      const entity = records.entities.find((e) => e.lei === source.lei);
      return entity ? { kind: "entity", record: entity } : null;
    }
    case "function": {
      const found = records.functions.find((f) => f.code === source.code && f.entityLei === source.entityLei);
      return found ? { kind: "function", record: found } : null;
    }
    case "provider": {
      const provider = records.providers.find((p) => p.vendorId === source.vendorId);
      return { kind: "provider", vendorId: source.vendorId, name: source.name, record: provider ?? null };
    }
  }
}

function sourceLabel(source: Source, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (source.kind) {
    case "arrangement":
      return t("dora.source.arrangement", { reference: source.reference });
    case "entity":
      return t("dora.source.entity", { lei: source.lei });
    case "function":
      return t("dora.source.function", { code: source.code });
    case "provider":
      return t("dora.source.provider", { name: source.name });
  }
}

function Problems({ problems, records, onFix }: { problems: DoraProblem[]; records: DoraRecords; onFix: (e: Editing) => void }) {
  const { t } = useTranslation();
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <>
      <h2>{t("dora.problems")}</h2>
      <ul className="problem-list" data-testid="dora-problems">
        {shown.map((p, index) => {
          const fix = p.source ? editingFor(p.source, records) : null;
          const where = [p.template, p.row === null ? null : t("dora.row", { row: p.row }), p.column].filter(Boolean).join(" · ");
          return (
            <li key={index} className={`problem problem-${p.severity}`} data-testid="dora-problem">
              <span className={`badge ${p.severity === "error" ? "badge-danger" : "badge-warn"}`}>
                {t(`dora.severity.${p.severity}`)} {p.rule}
              </span>{" "}
              <span className="mono small">{where}</span> {p.message}
              {p.source && <span className="muted"> — {sourceLabel(p.source, t)}</span>}
              {fix && (
                <button type="button" className="link-button" onClick={() => onFix(fix)} data-testid={`dora-fix-${index}`}>
                  {t("dora.fix")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {problems.length > shown.length && <p className="muted">{t("dora.moreProblems", { count: problems.length - shown.length })}</p>}
    </>
  );
}

function DoraExport({ refDate, errors, disabled }: { refDate: string; errors: number; disabled: boolean }) {
  const { t } = useTranslation();
  const [force, setForce] = useState(false);
  const exporting = useMutation({ mutationFn: () => exportDora(refDate, force) });
  const work = useWork(exporting.isPending, ["DORA export"]);
  return (
    <div className="dora-export">
      <button
        type="button"
        className="button button-primary"
        disabled={disabled || exporting.isPending || (errors > 0 && !force)}
        onClick={() => exporting.mutate()}
        data-testid="dora-export"
      >
        {t("dora.export")}
      </button>
      {errors > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} data-testid="dora-force" />{" "}
          {t("dora.force")}
        </label>
      )}
      <ExportStatus pending={exporting.isPending} progress={work.progress} cancel={work.cancel} done={exporting.data} error={exporting.error} />
    </div>
  );
}

function Records({ records, onEdit }: { records: DoraRecords; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const functionNames = useMemo(() => new Map(records.functions.map((f) => [`${f.code}@${f.entityLei}`, f.name])), [records.functions]);
  const edit = (editing: Editing) => () => onEdit(editing);
  return (
    <>
      <div className="section-header">
        <h2>{t("dora.entities")}</h2>
        <button type="button" className="button" onClick={edit({ kind: "entity", record: null })} data-testid="dora-add-entity">
          {t("dora.addEntity")}
        </button>
      </div>
      <RecordTable
        headers={[t("dora.columns.lei"), t("dora.columns.name"), ""]}
        rows={records.entities.map((e: DoraEntity) => ({
          key: e.lei,
          cells: [e.lei, e.name, e.reporting ? t("dora.reporting") : ""],
          onEdit: edit({ kind: "entity", record: e }),
        }))}
      />
      <div className="section-header">
        <h2>{t("dora.branches")}</h2>
        <button type="button" className="button" onClick={edit({ kind: "branch", record: null })} data-testid="dora-add-branch">
          {t("dora.addBranch")}
        </button>
      </div>
      <RecordTable
        headers={[t("dora.columns.code"), t("dora.columns.name"), t("dora.columns.country")]}
        rows={records.branches.map((b) => ({
          key: `${b.code}@${b.entityLei}`,
          cells: [b.code, b.name, b.country],
          onEdit: edit({ kind: "branch", record: b }),
        }))}
      />
      <div className="section-header">
        <h2>{t("dora.functions")}</h2>
        <button type="button" className="button" onClick={edit({ kind: "function", record: null })} data-testid="dora-add-function">
          {t("dora.addFunction")}
        </button>
      </div>
      <RecordTable
        headers={[t("dora.columns.code"), t("dora.columns.name"), t("dora.columns.entity")]}
        rows={records.functions.map((f: DoraFunction) => ({
          key: `${f.code}@${f.entityLei}`,
          cells: [f.code, f.name, f.entityLei],
          onEdit: edit({ kind: "function", record: f }),
        }))}
      />
      <div className="section-header">
        <h2>{t("dora.arrangements")}</h2>
        <button type="button" className="button" onClick={edit({ kind: "arrangement", record: null })} data-testid="dora-add-arrangement">
          {t("dora.addArrangement")}
        </button>
      </div>
      <RecordTable
        headers={[t("dora.columns.reference"), t("dora.columns.provider"), t("dora.columns.functions")]}
        rows={records.arrangements.map((a: DoraArrangement) => ({
          key: a.reference,
          cells: [a.reference, a.vendorName, a.functions.map((f) => functionNames.get(`${f.code}@${f.entityLei}`) ?? f.code).join(", ")],
          onEdit: edit({ kind: "arrangement", record: a }),
        }))}
      />
    </>
  );
}

interface Row {
  key: string;
  cells: string[];
  onEdit: () => void;
}

function RecordTable({ headers, rows }: { headers: string[]; rows: Row[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="empty">{t("dora.none")}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={i}>{h}</th>
          ))}
          <th aria-label={t("common.actions")} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
            <td className="row-actions">
              <button type="button" className="link-button" onClick={row.onEdit} data-testid={`dora-edit-${row.key}`}>
                {t("common.edit")}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

