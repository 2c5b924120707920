// What-if: change a vendor's risk inputs and see what the rubric would make of them. The core
// computes; nothing is saved.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { SENSITIVE_FLAGS } from "../../components/FlagBadges";
import { queryKeys, referenceData, riskWhatIf, type CategoryFlags, type Level, type RiskFacts, type RiskResult } from "../../ipc";
import { useDebounced } from "../vendors/useDebounced";
import { StepsTable } from "./StepsTable";

type Counted = "people" | "records" | "countries" | "fourthParties";
const COUNTED: Counted[] = ["people", "records", "countries", "fourthParties"];
const SEVERITIES = ["low", "medium", "high", "critical"] as const;

export function WhatIfPanel({ facts, current }: { facts: RiskFacts; current: RiskResult }) {
  const { t } = useTranslation();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [draft, setDraft] = useState<RiskFacts>(facts);
  const settled = useDebounced(draft, 250);
  const result = useQuery({ queryKey: queryKeys.whatIf(settled), queryFn: () => riskWhatIf(settled), placeholderData: (previous) => previous });
  const set = (patch: Partial<RiskFacts>) => setDraft((d) => ({ ...d, ...patch }));
  const flag = (key: keyof CategoryFlags, on: boolean) => set({ flags: { ...draft.flags, [key]: on } });
  const optionalNumber = (value: string) => (value === "" ? null : Number(value));
  const r = result.data;
  return (
    <section className="panel what-if" aria-labelledby="what-if-title" data-testid="what-if">
      <div className="section-header">
        <h3 id="what-if-title" className="subhead">
          {t("risk.whatIfTitle")}
        </h3>
        <button type="button" className="button button-quiet" onClick={() => setDraft(facts)}>
          {t("risk.whatIfReset")}
        </button>
      </div>
      <p className="muted small">{t("risk.whatIfExplain")}</p>
      <div className="what-if-inputs">
        <fieldset className="checks">
          <legend>{t("risk.fields.data")}</legend>
          {(["personal", ...SENSITIVE_FLAGS] as (keyof CategoryFlags)[]).map((key) => (
            <label key={key} className="check">
              <input type="checkbox" name={`flag-${key}`} checked={draft.flags[key]} onChange={(e) => flag(key, e.target.checked)} /> {t(`flags.${key}`)}
            </label>
          ))}
        </fieldset>
        <div className="grid-4">
          {COUNTED.map((key) => (
            <label key={key} className="field">
              <span>{t(`risk.fields.${key}`)}</span>
              <input className="input" type="number" min={0} name={key} value={draft[key]} onChange={(e) => set({ [key]: Math.max(0, Number(e.target.value)) })} />
            </label>
          ))}
          <label className="field">
            <span>{t("risk.fields.access")}</span>
            <select className="input" name="access" value={draft.access} onChange={(e) => set({ access: e.target.value as RiskFacts["access"] })}>
              {reference.data?.accessLevels.map((a) => (
                <option key={a} value={a}>
                  {t(`access.${a}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("risk.fields.substitutability")}</span>
            <select className="input" name="substitutability" value={draft.substitutability} onChange={(e) => set({ substitutability: e.target.value as RiskFacts["substitutability"] })}>
              {reference.data?.substitutabilities.map((s) => (
                <option key={s} value={s}>
                  {t(`substitutability.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("risk.fields.rto")}</span>
            <input className="input" type="number" min={0} name="rto" value={draft.shortestRtoHours ?? ""} onChange={(e) => set({ shortestRtoHours: optionalNumber(e.target.value) })} />
          </label>
          <label className="field">
            <span>{t("risk.fields.controls")}</span>
            <input className="input" type="number" min={0} max={100} name="controlScore" value={draft.controlScore ?? ""} onChange={(e) => set({ controlScore: optionalNumber(e.target.value) })} />
          </label>
          {SEVERITIES.map((severity, i) => (
            <label key={severity} className="field">
              <span>{t("risk.fields.findings", { severity: t(`severity.${severity}`) })}</span>
              <input
                className="input"
                type="number"
                min={0}
                name={`findings-${severity}`}
                value={draft.openFindings[i]}
                onChange={(e) => {
                  const next = [...draft.openFindings] as RiskFacts["openFindings"];
                  next[i] = Math.max(0, Number(e.target.value));
                  set({ openFindings: next });
                }}
              />
            </label>
          ))}
        </div>
      </div>
      {result.error && <ErrorBanner error={result.error} />}
      {r && (
        <>
          <table className="table compact what-if-compare" data-testid="what-if-result">
            <thead>
              <tr>
                <th />
                <th>{t("risk.now")}</th>
                <th>{t("risk.whatIfColumn")}</th>
              </tr>
            </thead>
            <tbody>
              <Compare label={t("risk.inherent")} now={current.inherent} next={r.inherent} />
              <Compare label={t("risk.residual")} now={current.residual} next={r.residual} />
              <tr>
                <td>{t("risk.tier")}</td>
                <td>{current.tier}</td>
                <td className={current.tier !== r.tier ? "changed" : ""}>{r.tier}</td>
              </tr>
            </tbody>
          </table>
          <StepsTable result={r} />
        </>
      )}
    </section>
  );
}

function Compare({ label, now, next }: { label: string; now: Level; next: Level }) {
  const { t } = useTranslation();
  return (
    <tr>
      <td>{label}</td>
      <td>
        <span className={`badge badge-level-${now}`}>{t(`level.${now}`)}</span>
      </td>
      <td className={now !== next ? "changed" : ""}>
        <span className={`badge badge-level-${next}`}>{t(`level.${next}`)}</span>
      </td>
    </tr>
  );
}
