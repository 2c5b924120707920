// The first screen: new register, open one, or the sample; and the recent list.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  queryKeys,
  registerNew,
  registerOpen,
  registerOpenDialog,
  registerOpenSample,
  registerRecent,
  type RegisterInfo,
} from "../../ipc";
import { ErrorBanner } from "../../components/ErrorBanner";

export function StartScreen({ resumeError }: { resumeError?: unknown }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const recent = useQuery({ queryKey: queryKeys.recent, queryFn: registerRecent });
  const open = useMutation({
    mutationFn: (how: () => Promise<RegisterInfo | null>) => how(),
    onSuccess: (info) => {
      if (info) client.setQueryData(queryKeys.register, info);
    },
  });
  const choices = [
    { id: "new", label: t("start.newRegister"), hint: t("start.newRegisterHint"), run: registerNew },
    { id: "open", label: t("start.openRegister"), hint: t("start.openRegisterHint"), run: registerOpenDialog },
    { id: "sample", label: t("start.openSample"), hint: t("start.openSampleHint"), run: registerOpenSample },
  ];
  return (
    <main className="start">
      <section className="start-card" aria-labelledby="start-title">
        <div className="brand">
          <img src="./icon.png" alt="" width={56} height={56} />
          <div>
            <h1>{t("app.name")}</h1>
            <p className="muted">{t("app.tagline")}</p>
          </div>
        </div>
        <h2 id="start-title" className="visually-hidden">
          {t("start.title")}
        </h2>
        {open.error ? <ErrorBanner error={open.error} /> : resumeError ? <ErrorBanner error={resumeError} /> : null}
        <div className="start-choices">
          {choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              className="choice"
              data-testid={`start-${choice.id}`}
              disabled={open.isPending}
              onClick={() => open.mutate(choice.run)}
            >
              <span className="choice-label">{choice.label}</span>
              <span className="choice-hint">{choice.hint}</span>
            </button>
          ))}
        </div>
        <h3>{t("start.recent")}</h3>
        {recent.data && recent.data.length > 0 ? (
          <ul className="recent">
            {recent.data.map((r) => (
              <li key={r.path}>
                <button
                  type="button"
                  className="link-button"
                  disabled={!r.exists || open.isPending}
                  onClick={() => open.mutate(() => registerOpen(r.path))}
                  title={r.path}
                >
                  {r.fileName}
                </button>
                <span className="muted recent-path">{r.exists ? r.path : t("start.missingFile")}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("start.noRecent")}</p>
        )}
        <footer className="start-footer muted">
          <p>{t("app.localOnly")}</p>
          <p>{t("app.credit")}</p>
        </footer>
      </section>
    </main>
  );
}
