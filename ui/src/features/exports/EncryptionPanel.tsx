// Encryption at rest for the open register: encrypt it with a passphrase, change the
// passphrase, or remove the encryption. A compliance officer's decision; the core rewrites the
// register into a checked new file before it replaces the old one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { LockIcon } from "../../components/LockIcon";
import { PassphraseForm, type PassphraseInput } from "../../components/PassphraseForm";
import { useCan } from "../../components/useCan";
import { useFieldErrors } from "../../components/useFieldErrors";
import { changeEncryption, queryKeys, registerResume } from "../../ipc";

type Action = "encrypt" | "rekey" | "decrypt";

export function EncryptionPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const canChange = useCan("acceptances");
  const info = useQuery({ queryKey: queryKeys.register, queryFn: registerResume, staleTime: Infinity }).data;
  const fields = useFieldErrors();
  const [action, setAction] = useState<Action | null>(null);
  const change = useMutation({
    mutationFn: ({ current, next }: PassphraseInput) => changeEncryption(current, next),
    onMutate: () => fields.clear(),
    onSuccess: (updated) => {
      setAction(null);
      client.setQueryData(queryKeys.register, updated);
      void client.invalidateQueries();
    },
    onError: (error) => fields.take(error),
  });
  if (!info) return null;
  const actions: Action[] = info.encrypted ? ["rekey", "decrypt"] : ["encrypt"];
  return (
    <section className="backup-panel" aria-labelledby="encryption-title">
      <h3 id="encryption-title" className="subhead">
        {t("encryption.title")}
      </h3>
      <p data-testid="encryption-status">
        {info.encrypted ? (
          <>
            <LockIcon label="" /> {t("encryption.encrypted")}
          </>
        ) : (
          t("encryption.plain")
        )}
      </p>
      <p className="muted small">{t("encryption.explain")}</p>
      {canChange && !action && (
        <div className="inline-actions">
          {actions.map((id) => (
            <button key={id} type="button" className="button" onClick={() => setAction(id)} data-testid={`encryption-${id}`}>
              {t(`encryption.${id}`)}
            </button>
          ))}
        </div>
      )}
      {action && (
        <PassphraseForm
          asks={{ current: action !== "encrypt", next: action !== "decrypt" }}
          submitLabel={t(`encryption.${action}Submit`)}
          pending={change.isPending}
          errors={fields.errors}
          onSubmit={(input) => change.mutate(input)}
          onCancel={() => setAction(null)}
          testId="encryption-form"
        />
      )}
      {change.error && !fields.isFieldError(change.error) && <ErrorBanner error={change.error} />}
      {change.isSuccess && (
        <div className="banner banner-ok" role="status" data-testid="encryption-done">
          {change.data.encrypted ? t("encryption.doneEncrypted") : t("encryption.donePlain")}
        </div>
      )}
    </section>
  );
}
