// Questionnaire templates: the built-in ones and the register's own, each version kept.
// Build a new one, start a new version from any, and move them in and out as JSON.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { exportTemplate, importTemplate, listTemplates, pickFile, invalidateAfter, queryKeys } from "../../ipc";
import { useNavigate } from "../../navigation";

export function TemplatesScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const templates = useQuery({ queryKey: queryKeys.templates, queryFn: listTemplates });
  const [notice, setNotice] = useState<string | null>(null);
  const importJson = useMutation({
    mutationFn: async () => {
      const file = await pickFile("template");
      return file ? importTemplate(file.token) : null;
    },
    onSuccess: (info) => {
      if (!info) return;
      invalidateAfter(client, "template_import");
      setNotice(t("templates.imported", { title: info.title, version: info.version, count: info.questions }));
    },
  });
  const exportJson = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => exportTemplate(id, version),
    onSuccess: (name) => name && setNotice(t("templates.exported", { name })),
  });
  return (
    <section className="screen screen-scroll" aria-labelledby="templates-title">
      <header className="screen-header">
        <div>
          <h1 id="templates-title">{t("templates.title")}</h1>
          <p className="muted">{t("templates.subtitle")}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => importJson.mutate()}>
            {t("templates.import")}
          </button>
          <button type="button" className="button button-primary" data-testid="template-new" onClick={() => navigate({ screen: "template" })}>
            {t("templates.new")}
          </button>
        </div>
      </header>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {(templates.error ?? importJson.error ?? exportJson.error) && <ErrorBanner error={templates.error ?? importJson.error ?? exportJson.error} />}
      {templates.data && (
        <table className="table" data-testid="templates-table">
          <thead>
            <tr>
              <th>{t("templates.columns.title")}</th>
              <th>{t("templates.columns.id")}</th>
              <th className="num">{t("templates.columns.version")}</th>
              <th className="num">{t("templates.columns.questions")}</th>
              <th>{t("templates.columns.kind")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {templates.data.map((x) => (
              <tr key={x.rowId} className={x.latest ? "" : "row-ended"}>
                <td className="cell-primary">{x.title}</td>
                <td className="mono">{x.id}</td>
                <td className="num">
                  {x.version}
                  {!x.latest && <span className="muted small"> {t("templates.old")}</span>}
                </td>
                <td className="num">{x.questions}</td>
                <td>{x.builtin ? t("templates.builtin") : t("templates.own")}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" onClick={() => exportJson.mutate({ id: x.id, version: x.version })}>
                    {t("templates.exportJson")}
                  </button>
                  {x.latest && (
                    <button type="button" className="link-button" onClick={() => navigate({ screen: "template", base: { id: x.id, version: x.version } })}>
                      {t("templates.newVersion")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
