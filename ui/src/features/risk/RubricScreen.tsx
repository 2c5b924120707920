// The risk rubric: every parameter of the scoring, the 5×5 matrix, tiers and review cadence.
// Saving makes a new version; dated assessments keep the version they were computed under.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { SaveProblem } from "../../components/SaveProblem";
import { useCan } from "../../components/useCan";
import { useEditSession } from "../../components/useEditSession";
import { useFieldErrors } from "../../components/useFieldErrors";
import { getRubricEdit, queryKeys, referenceData, invalidateAfter, saveRubric, type Edit, type FlagLevels, type Level, type Rubric } from "../../ipc";
import { useNavigate } from "../../navigation";

const LEVELS: Level[] = ["very_low", "low", "moderate", "high", "very_high"];

export function RubricScreen() {
  const { t } = useTranslation();
  const opened = useQuery({ queryKey: queryKeys.rubric, queryFn: getRubricEdit });
  // A failed refresh keeps the editor (and what is typed in it); only a failed first load shows the error.
  if (!opened.data && opened.error) return <ErrorBanner error={opened.error} onRetry={() => void opened.refetch()} />;
  if (!opened.data) return <div className="splash">{t("common.loading")}</div>;
  // Mounted once: a version someone else saves meanwhile does not wipe what is being typed; the
  // save then says so and reloads with the typing kept.
  return <RubricEditor opened={opened.data} />;
}

function RubricEditor({ opened }: { opened: Edit<Rubric> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const canEdit = useCan("risk");
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const session = useEditSession(opened, opened.draft);
  const { draft: rubric, setDraft: setRubric, opened: saved } = session;
  const fieldErrors = useFieldErrors();
  const { errors } = fieldErrors;
  const save = useMutation({
    mutationFn: () => saveRubric(session.edit()),
    onSuccess: async () => {
      invalidateAfter(client, "risk_rubric_save");
      session.rebase(await getRubricEdit());
    },
    onError: (error) => {
      void session.reloadIfChanged(error, getRubricEdit);
      fieldErrors.take(error);
    },
  });
  const set = (patch: Partial<Rubric>) => setRubric((r) => ({ ...r, ...patch }));
  const changed = JSON.stringify(rubric) !== JSON.stringify(saved);
  const level = (l: string) => t(`level.${l}`);
  return (
    <section className="screen screen-scroll" aria-labelledby="rubric-title">
      <button type="button" className="link-button back" onClick={() => navigate({ screen: "dashboard" })}>
        ← {t("dashboard.title")}
      </button>
      <header className="screen-header">
        <div>
          <h1 id="rubric-title">{t("rubric.title", { version: saved.version })}</h1>
          <p className="muted">{t("rubric.subtitle")}</p>
        </div>
        {canEdit && (
          <div className="header-actions">
            <button type="button" className="button" disabled={!changed} onClick={() => setRubric(saved)}>
              {t("rubric.discard")}
            </button>
            <button type="button" className="button button-primary" disabled={!changed || save.isPending} onClick={() => (fieldErrors.clear(), session.clearReloaded(), save.mutate())} data-testid="rubric-save">
              {t("rubric.save", { version: saved.version + 1 })}
            </button>
          </div>
        )}
      </header>
      <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
      <fieldset disabled={!canEdit} className="rubric">
        <Panel title={t("rubric.matrix")} error={errors.matrix} hint={t("rubric.matrixHint")}>
          <table className="table compact matrix">
            <thead>
              <tr>
                <th>{t("rubric.likelihoodImpact")}</th>
                {LEVELS.map((l) => (
                  <th key={l}>{level(l)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rubric.matrix
                .map((cells, row) => ({ cells, name: level(LEVELS[row] ?? "") }))
                .map(({ cells, name }, row) => (
                  <tr key={row}>
                    <th>{name}</th>
                    {cells.map((cell, col) => (
                      <td key={col} className={`heat-${cell}`}>
                        <LevelSelect
                          label={`${name} × ${level(LEVELS[col] ?? "")}`}
                          value={cell}
                          onChange={(v) => set({ matrix: replaceAt(rubric.matrix, row, replaceAt(cells, col, v)) })}
                        />
                      </td>
                    ))}
                  </tr>
                ))
                .reverse()}
            </tbody>
          </table>
        </Panel>
        <div className="grid-2-panels">
          <Panel title={t("rubric.sensitivity")} hint={t("rubric.sensitivityHint")}>
            <div className="grid-2">
              {(Object.keys(rubric.flags) as (keyof FlagLevels)[]).map((flag) => (
                <label key={flag} className="field">
                  <span>{t(`flags.${flag}`)}</span>
                  <LevelSelect label={t(`flags.${flag}`)} value={rubric.flags[flag]} onChange={(v) => set({ flags: { ...rubric.flags, [flag]: v } })} />
                </label>
              ))}
            </div>
          </Panel>
          <Panel title={t("rubric.bands")} hint={t("rubric.bandsHint")}>
            <Numbers label={t("rubric.people")} error={errors.peopleBands} values={rubric.peopleBands} onChange={(v) => set({ peopleBands: v })} />
            <Numbers label={t("rubric.countries")} error={errors.countryBands} values={rubric.countryBands} onChange={(v) => set({ countryBands: v })} />
            <Numbers label={t("rubric.fourthParties")} error={errors.fourthPartyBands} values={rubric.fourthPartyBands} onChange={(v) => set({ fourthPartyBands: v })} />
            <Numbers label={t("rubric.rto")} error={errors.rtoHours} values={rubric.rtoHours} onChange={(v) => set({ rtoHours: v })} />
          </Panel>
          <Panel title={t("rubric.reach")}>
            <div className="grid-2">
              {rubric.access.map((value, i) => (
                <label key={i} className="field">
                  <span>{t(`access.${reference.data?.accessLevels[i]}`)}</span>
                  <LevelSelect label={t("risk.fields.access")} value={value} onChange={(v) => set({ access: replaceAt(rubric.access, i, v) })} />
                </label>
              ))}
              {rubric.substitutability.map((value, i) => (
                <label key={i} className="field">
                  <span>{t(`substitutability.${reference.data?.substitutabilities[i]}`)}</span>
                  <LevelSelect label={t("risk.fields.substitutability")} value={value} onChange={(v) => set({ substitutability: replaceAt(rubric.substitutability, i, v) })} />
                </label>
              ))}
            </div>
          </Panel>
          <Panel title={t("rubric.weights")} hint={t("rubric.weightsHint")}>
            <Numbers label={t("rubric.dataImpact")} error={errors.dataImpactWeights} values={rubric.dataImpactWeights} onChange={(v) => set({ dataImpactWeights: v })} />
            <Numbers label={t("rubric.operationalImpact")} error={errors.operationalImpactWeights} values={rubric.operationalImpactWeights} onChange={(v) => set({ operationalImpactWeights: v })} />
            <Numbers label={t("rubric.likelihood")} error={errors.likelihoodWeights} values={rubric.likelihoodWeights} onChange={(v) => set({ likelihoodWeights: v })} />
          </Panel>
          <Panel title={t("rubric.residual")} hint={t("rubric.residualHint")}>
            <Numbers
              label={t("rubric.reductions")}
              error={errors.controlReductions}
              values={rubric.controlReductions.flat()}
              onChange={(v) => set({ controlReductions: rubric.controlReductions.map((_, i) => [v[2 * i], v[2 * i + 1]] as [number, number]) })}
            />
            <Numbers label={t("rubric.maxReduction")} error={errors.maxControlReduction} values={[rubric.maxControlReduction]} onChange={([v]) => set({ maxControlReduction: v })} />
            <Numbers label={t("rubric.findingPoints")} values={rubric.findingPoints} onChange={(v) => set({ findingPoints: v })} />
            <Numbers label={t("rubric.pointsPerLevel")} error={errors.pointsPerLevel} values={[rubric.pointsPerLevel]} onChange={([v]) => set({ pointsPerLevel: v })} />
            <label className="field">
              <span>{t("rubric.criticalFloor")}</span>
              <LevelSelect label={t("rubric.criticalFloor")} value={rubric.criticalFloor} onChange={(v) => set({ criticalFloor: v })} />
            </label>
          </Panel>
          <Panel title={t("rubric.cadence")} hint={t("rubric.cadenceHint")}>
            <Numbers label={t("rubric.tiers")} error={errors.tiers} values={rubric.tiers} onChange={(v) => set({ tiers: v })} />
            <Numbers label={t("rubric.reviewMonths")} error={errors.reviewMonths} values={rubric.reviewMonths} onChange={(v) => set({ reviewMonths: v })} />
            <Numbers label={t("rubric.dueSoonDays")} error={errors.dueSoonDays} values={[rubric.dueSoonDays]} onChange={([v]) => set({ dueSoonDays: v })} />
            <Numbers label={t("rubric.warningDays")} error={errors.warningDays} values={[rubric.warningDays]} onChange={([v]) => set({ warningDays: v })} />
            <Numbers label={t("rubric.soc2StaleMonths")} error={errors.soc2StaleMonths} values={[rubric.soc2StaleMonths]} onChange={([v]) => set({ soc2StaleMonths: v })} />
            <Numbers label={t("rubric.pentestStaleMonths")} error={errors.pentestStaleMonths} values={[rubric.pentestStaleMonths]} onChange={([v]) => set({ pentestStaleMonths: v })} />
          </Panel>
        </div>
      </fieldset>
    </section>
  );
}

function Panel({ title, hint, error, children }: { title: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <section className={`panel ${error ? "field-invalid" : ""}`}>
      <h2>{title}</h2>
      {hint && <p className="muted small">{hint}</p>}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      {children}
    </section>
  );
}

function LevelSelect({ label, value, onChange }: { label: string; value: Level; onChange: (level: Level) => void }) {
  const { t } = useTranslation();
  return (
    <select className="input input-compact" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as Level)}>
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {t(`level.${l}`)}
        </option>
      ))}
    </select>
  );
}

/** A row of whole numbers edited in place (bands, weights, one-value settings). */
function Numbers<T extends number[]>({ label, values, error, onChange }: { label: string; values: T; error?: string; onChange: (values: T) => void }) {
  return (
    <div className={`field numbers ${error ? "field-invalid" : ""}`}>
      <span>{label}</span>
      <div className="numbers-row">
        {values.map((value, i) => (
          <input
            key={i}
            className="input input-compact"
            type="number"
            min={0}
            aria-label={`${label} ${i + 1}`}
            aria-invalid={error ? true : undefined}
            value={value}
            onChange={(e) => onChange(replaceAt(values, i, Math.max(0, Math.trunc(Number(e.target.value)))))}
          />
        ))}
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

function replaceAt<T, A extends T[]>(array: A, index: number, value: T): A {
  return array.map((x, i) => (i === index ? value : x)) as A;
}
