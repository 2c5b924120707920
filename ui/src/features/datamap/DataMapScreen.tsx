// The data map across vendors: which vendors receive a category (or any category with a flag)
// on a date; and the taxonomy, where custom categories and subject groups are added.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../format";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { FlagBadges } from "../../components/FlagBadges";
import {
  createCategory,
  createSubject,
  invalidateAfter,
  isIpcError,
  queryKeys,
  referenceData,
  reverseLookup,
  type Flag,
  type ReverseQuery,
} from "../../ipc";
import { useNavigate } from "../../navigation";
import { categoryName, useTaxonomy } from "./useDataMap";


export function DataMapScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { categories, byKey } = useTaxonomy();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [category, setCategory] = useState("");
  const [flag, setFlag] = useState<Flag | "">("special_category");
  const [at, setAt] = useState(new Date().toISOString().slice(0, 10));
  const query: ReverseQuery = { category: category || null, flag: flag || null, at: at || null };
  const result = useQuery({ queryKey: queryKeys.reverse(query), queryFn: () => reverseLookup(query) });
  return (
    <section className="screen screen-scroll" aria-labelledby="datamap-title">
      <header className="screen-header">
        <div>
          <h1 id="datamap-title">{t("datamap.title")}</h1>
          <p className="muted">{t("datamap.subtitle")}</p>
        </div>
      </header>
      <section className="panel" aria-labelledby="lookup-title">
        <h2 id="lookup-title">{t("datamap.lookup")}</h2>
        <div className="toolbar">
          <label className="inline-field">
            {t("datamap.category")}
            <select className="input" value={category} data-testid="lookup-category" onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t("datamap.anyCategory")}</option>
              {categories.map((c) => (
                <option key={c.key} value={c.key}>
                  {"  ".repeat(c.key.split(".").length - 1)}
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            {t("datamap.flag")}
            <select className="input" value={flag} onChange={(e) => setFlag(e.target.value as Flag | "")}>
              <option value="">{t("datamap.anyFlag")}</option>
              {(reference.data?.flags ?? []).map((f) => (
                <option key={f} value={f}>
                  {t(`flagNames.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            {t("blast.asOf")}
            <input className="input" type="date" value={at} onChange={(e) => setAt(e.target.value)} />
          </label>
        </div>
        {result.error && <ErrorBanner error={result.error} />}
        {result.data && result.data.hits.length === 0 && <p className="empty">{t("datamap.noHits")}</p>}
        {result.data && result.data.hits.length > 0 && (
          <table className="table" data-testid="lookup-table">
            <thead>
              <tr>
                <th>{t("blast.columns.vendor")}</th>
                <th>{t("datamap.receives")}</th>
                <th className="num">{t("datamap.flows")}</th>
                <th className="num">{t("flows.columns.people")}</th>
                <th className="num">{t("datamap.records")}</th>
              </tr>
            </thead>
            <tbody>
              {result.data.hits.map((h) => (
                <tr key={h.vendor.id}>
                  <td>
                    <button type="button" className="link-button" onClick={() => navigate({ screen: "vendor", vendorId: h.vendor.id })}>
                      {h.vendor.name}
                    </button>
                    <div className="cell-secondary">{t(`status.${h.status}`)}</div>
                  </td>
                  <td>{h.categoryKeys.map((k) => categoryName(byKey, k)).join(", ")}</td>
                  <td className="num">{h.flows}</td>
                  <td className="num">{formatNumber(h.people)}</td>
                  <td className="num">{formatNumber(h.records)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Taxonomy />
    </section>
  );
}

function Taxonomy() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { categories, subjects } = useTaxonomy();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [parent, setParent] = useState("user");
  const [name, setName] = useState("");
  const [flags, setFlags] = useState<Flag[]>([]);
  const [group, setGroup] = useState("");
  const invalidate = () => invalidateAfter(client, "category_create");
  const addCategory = useMutation({ mutationFn: () => createCategory({ parentKey: parent, name, description: "", flags }), onSuccess: () => { invalidate(); setName(""); setFlags([]); } });
  const addGroup = useMutation({ mutationFn: () => createSubject({ name: group, description: "" }), onSuccess: () => { invalidate(); setGroup(""); } });
  const fieldError = (error: unknown, field: string) => (isIpcError(error) ? error.fields.find((f) => f.field === field)?.message : undefined);
  const custom = categories.filter((c) => !c.builtin);
  return (
    <section className="panel" aria-labelledby="taxonomy-title">
      <h2 id="taxonomy-title">{t("datamap.taxonomy")}</h2>
      <p className="muted small">{t("datamap.taxonomyCredit", { count: categories.length })}</p>
      <div className="grid-2">
        <form
          className="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            addCategory.mutate();
          }}
        >
          <h3>{t("datamap.addCategory")}</h3>
          <Field label={t("datamap.parent")} error={fieldError(addCategory.error, "parentKey")}>
            <select className="input" value={parent} onChange={(e) => setParent(e.target.value)}>
              {categories.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.key}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("datamap.name")} error={fieldError(addCategory.error, "name")}>
            <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <fieldset className="checks">
            <legend>{t("datamap.extraFlags")}</legend>
            {(reference.data?.flags ?? []).filter((f) => f !== "personal").map((f) => (
              <label key={f} className="checkbox">
                <input type="checkbox" checked={flags.includes(f)} onChange={(e) => setFlags(e.target.checked ? [...flags, f] : flags.filter((x) => x !== f))} />
                {t(`flagNames.${f}`)}
              </label>
            ))}
          </fieldset>
          {addCategory.error && !fieldError(addCategory.error, "name") && !fieldError(addCategory.error, "parentKey") ? <ErrorBanner error={addCategory.error} /> : null}
          <button type="submit" className="button button-primary" disabled={addCategory.isPending}>
            {t("common.add")}
          </button>
          {custom.length > 0 && (
            <ul className="plain-list">
              {custom.map((c) => (
                <li key={c.key}>
                  <span className="mono">{c.key}</span> — {c.name} <FlagBadges flags={c.flags} />
                </li>
              ))}
            </ul>
          )}
        </form>
        <form
          className="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            addGroup.mutate();
          }}
        >
          <h3>{t("datamap.subjects")}</h3>
          <Field label={t("datamap.groupName")} error={fieldError(addGroup.error, "name")}>
            <input className="input" value={group} onChange={(e) => setGroup(e.target.value)} />
          </Field>
          <button type="submit" className="button button-primary" disabled={addGroup.isPending}>
            {t("common.add")}
          </button>
          <ul className="plain-list">
            {subjects.map((s) => (
              <li key={s.key}>
                {s.name} {!s.builtin && <span className="badge badge-neutral">{t("datamap.custom")}</span>}
              </li>
            ))}
          </ul>
        </form>
      </div>
    </section>
  );
}
