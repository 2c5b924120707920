// Who is working: the local user profile (name and role). The register is reopened under it,
// so the core enforces the role and the audit log records both.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useFieldErrors } from "../../components/useFieldErrors";
import { queryKeys, referenceData, setUser, type Actor } from "../../ipc";

export function UserDialog({ current, onDone }: { current: Actor; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reference = useQuery({ queryKey: queryKeys.reference, queryFn: referenceData, staleTime: Infinity });
  const [actor, setActor] = useState<Actor>(current);
  const fieldErrors = useFieldErrors();
  const save = useMutation({
    mutationFn: () => setUser(actor),
    onSuccess: (info) => {
      // What the new user may change comes with the register info; reread the rest.
      client.setQueryData(queryKeys.register, info);
      void client.invalidateQueries();
      onDone();
    },
    onError: fieldErrors.take,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    fieldErrors.clear();
    save.mutate();
  };
  return (
    <Dialog
      title={t("user.title")}
      onClose={onDone}
      footer={
        <>
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="user-form" className="button button-primary" disabled={save.isPending} data-testid="user-save">
            {t("user.switch")}
          </button>
        </>
      }
    >
      <form id="user-form" className="form" onSubmit={submit} noValidate>
        {save.error && !fieldErrors.isFieldError(save.error) ? <ErrorBanner error={save.error} /> : null}
        <p className="muted">{t("user.explain")}</p>
        <Field label={t("user.name")} error={fieldErrors.errors.name}>
          <input className="input" name="name" value={actor.name} onChange={(e) => setActor({ ...actor, name: e.target.value })} />
        </Field>
        <Field label={t("user.role")} hint={t(`user.can.${actor.role}`)}>
          <select className="input" name="role" value={actor.role} onChange={(e) => setActor({ ...actor, role: e.target.value as Actor["role"] })}>
            {reference.data?.roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </Field>
      </form>
    </Dialog>
  );
}
