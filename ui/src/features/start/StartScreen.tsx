// The first screen: new register (plain or encrypted), open one, connect to a team register, or
// the sample; the recent list; and the passphrase prompt when the register chosen is encrypted.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  isIpcError,
  queryKeys,
  registerNew,
  registerOpen,
  registerOpenDialog,
  registerOpenSample,
  registerRecent,
  registerUnlock,
  type RegisterInfo,
} from "../../ipc";
import { ErrorBanner } from "../../components/ErrorBanner";
import { LockIcon } from "../../components/LockIcon";
import { PassphraseForm } from "../../components/PassphraseForm";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { useFieldErrors } from "../../components/useFieldErrors";
import { TeamConnectDialog } from "./TeamConnectDialog";

/** The register chosen is encrypted: the message names it. */
const lockedMessage = (error: unknown) =>
  isIpcError(error) && error.code === "passphrase_needed" ? error.message : null;

export function StartScreen({ resumeError }: { resumeError?: unknown }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const recent = useQuery({ queryKey: queryKeys.recent, queryFn: registerRecent });
  const fields = useFieldErrors();
  const [locked, setLocked] = useState<string | null>(() => lockedMessage(resumeError));
  const [creatingEncrypted, setCreatingEncrypted] = useState(false);
  const [connectingTeam, setConnectingTeam] = useState(false);
  const open = useMutation({
    mutationFn: (how: () => Promise<RegisterInfo | null>) => how(),
    onMutate: () => fields.clear(),
    onSuccess: (info) => {
      if (info) client.setQueryData(queryKeys.register, info);
    },
    onError: (error) => {
      fields.take(error);
      const message = lockedMessage(error);
      if (message) setLocked(message);
    },
  });
  const choose = (run: () => Promise<RegisterInfo | null>) => {
    setLocked(null);
    setCreatingEncrypted(false);
    open.mutate(run);
  };
  const choices = [
    { id: "new", label: t("start.newRegister"), hint: t("start.newRegisterHint"), run: () => choose(() => registerNew(null)) },
    {
      id: "new-encrypted",
      label: t("start.newEncrypted"),
      hint: t("start.newEncryptedHint"),
      run: () => {
        setLocked(null);
        setCreatingEncrypted(true);
      },
    },
    { id: "open", label: t("start.openRegister"), hint: t("start.openRegisterHint"), run: () => choose(registerOpenDialog) },
    { id: "team", label: t("start.connectTeam"), hint: t("start.connectTeamHint"), run: () => setConnectingTeam(true) },
    { id: "sample", label: t("start.openSample"), hint: t("start.openSampleHint"), run: () => choose(() => registerOpenSample(false)) },
    {
      id: "sample-financial",
      label: t("start.openFinancialSample"),
      hint: t("start.openFinancialSampleHint"),
      run: () => choose(() => registerOpenSample(true)),
    },
  ];
  const error = open.error ?? resumeError;
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
        {error && !lockedMessage(error) && !fields.isFieldError(error) ? <ErrorBanner error={error} /> : null}
        {locked && (
          <section className="passphrase-panel" aria-label={t("passphrase.unlockTitle")}>
            <p data-testid="locked-message">
              <LockIcon label="" /> {locked}
            </p>
            <PassphraseForm
              asks={{ current: true, next: false }}
              submitLabel={t("passphrase.unlock")}
              pending={open.isPending}
              errors={fields.errors.passphrase ? { current: fields.errors.passphrase } : {}}
              onSubmit={({ current }) => open.mutate(() => registerUnlock(current ?? ""))}
              onCancel={() => setLocked(null)}
              testId="unlock"
            />
          </section>
        )}
        {creatingEncrypted && (
          <section className="passphrase-panel" aria-label={t("start.newEncrypted")}>
            <p className="muted small">{t("passphrase.newRegisterExplain")}</p>
            <PassphraseForm
              asks={{ current: false, next: true }}
              submitLabel={t("passphrase.create")}
              pending={open.isPending}
              errors={fields.errors}
              onSubmit={({ next }) => open.mutate(() => registerNew(next))}
              onCancel={() => setCreatingEncrypted(false)}
              testId="new-encrypted"
            />
          </section>
        )}
        <div className="start-choices">
          {choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              className="choice"
              data-testid={`start-${choice.id}`}
              disabled={open.isPending}
              onClick={choice.run}
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
                  onClick={() => choose(() => registerOpen(r.path))}
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
        {connectingTeam && (
          <TeamConnectDialog onConnected={(info) => client.setQueryData(queryKeys.register, info)} onClose={() => setConnectingTeam(false)} />
        )}
        <footer className="start-footer muted">
          <LanguageSwitch />
          <p>{t("app.localOnly")}</p>
          <p>{t("app.credit")}</p>
        </footer>
      </section>
    </main>
  );
}
