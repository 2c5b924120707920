// Connect to a team register on a PostgreSQL server: host, port, database, login, password
// (asked for each time, or kept in the system keyring if the person chooses; never in the
// settings), TLS with the server's certificate checked against a
// certificate authority file or the public roots. Team registers connected to recently fill
// the form in. The core checks the address and names the fields at fault.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useFieldErrors } from "../../components/useFieldErrors";
import { connectTeam, connectTeamRecent, pickTeamCa, queryKeys, teamRecent, type RegisterInfo, type ServerAddress } from "../../ipc";

const EMPTY: ServerAddress = { host: "", port: "", database: "", user: "", encrypted: true };

interface Props {
  onConnected: (info: RegisterInfo) => void;
  onClose: () => void;
}

export function TeamConnectDialog({ onConnected, onClose }: Props) {
  const { t } = useTranslation();
  const recent = useQuery({ queryKey: queryKeys.teamRecent, queryFn: teamRecent });
  const fields = useFieldErrors();
  const [address, setAddress] = useState<ServerAddress>(EMPTY);
  const [password, setPassword] = useState("");
  const [keepPassword, setKeepPassword] = useState(false);
  /** Whether the recent connection shown has its password kept in the keyring. */
  const [passwordKept, setPasswordKept] = useState(false);
  const [caName, setCaName] = useState<string | null>(null);
  /** The recent connection the form shows unchanged (its CA file is the remembered one). */
  const [recentIndex, setRecentIndex] = useState<number | null>(null);
  const connect = useMutation({
    mutationFn: () =>
      recentIndex !== null
        ? connectTeamRecent(recentIndex, password, keepPassword)
        : connectTeam(address, caName !== null, password, keepPassword),
    onMutate: () => fields.clear(),
    onSuccess: onConnected,
    onError: fields.take,
  });
  const pickCa = useMutation({ mutationFn: pickTeamCa, onSuccess: (name) => name && (setCaName(name), setRecentIndex(null)) });
  const set = (key: keyof ServerAddress) => (value: string | boolean) => {
    setAddress((a) => ({ ...a, [key]: value }));
    setRecentIndex(null);
    setPasswordKept(false);
  };
  const text = (key: "host" | "port" | "database" | "user") => ({
    name: key,
    value: address[key],
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    connect.mutate();
  };
  return (
    <Dialog
      title={t("team.connectTitle")}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="team-connect" className="button button-primary" disabled={connect.isPending} data-testid="team-connect">
            {connect.isPending ? t("team.connecting") : t("team.connect")}
          </button>
        </>
      }
    >
      <form id="team-connect" className="form" onSubmit={submit} noValidate>
        <p className="muted small">{t("team.explain")}</p>
        {connect.error && !fields.isFieldError(connect.error) ? <ErrorBanner error={connect.error} /> : null}
        {recent.data && recent.data.length > 0 && (
          <fieldset>
            <legend>{t("team.recent")}</legend>
            <ul className="recent">
              {recent.data.map((r) => (
                <li key={r.index}>
                  <button
                    type="button"
                    className="link-button"
                    data-testid="team-recent"
                    onClick={() => {
                      setAddress(r.address);
                      setCaName(r.caName);
                      setRecentIndex(r.index);
                      setPasswordKept(r.passwordKept);
                      setKeepPassword(r.passwordKept);
                    }}
                  >
                    {r.address.user}@{r.address.host}/{r.address.database}
                  </button>
                  {r.caName && <span className="muted recent-path">{r.caName}</span>}
                  {r.passwordKept && <span className="muted recent-path">{t("team.passwordKeptBadge")}</span>}
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div className="grid-2">
          <Field label={t("team.fields.host")} error={fields.errors.host} hint={t("team.hostHint")}>
            <input className="input" autoComplete="off" {...text("host")} />
          </Field>
          <Field label={t("team.fields.port")} error={fields.errors.port}>
            <input className="input" inputMode="numeric" placeholder="5432" {...text("port")} />
          </Field>
          <Field label={t("team.fields.database")} error={fields.errors.database}>
            <input className="input" autoComplete="off" {...text("database")} />
          </Field>
          <Field label={t("team.fields.user")} error={fields.errors.user}>
            <input className="input" autoComplete="username" {...text("user")} />
          </Field>
          <Field label={t("team.fields.password")} error={fields.errors.passphrase} hint={t("team.passwordHint")}>
            <input
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              placeholder={passwordKept ? t("team.passwordKeptPlaceholder") : undefined}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <label className="checkbox">
            <input type="checkbox" name="keepPassword" checked={keepPassword} onChange={(e) => setKeepPassword(e.target.checked)} />{" "}
            {t("team.keepPassword")}
          </label>
        </div>
        <fieldset>
          <legend>{t("team.security")}</legend>
          <label className="checkbox">
            <input type="checkbox" name="encrypted" checked={address.encrypted} onChange={(e) => set("encrypted")(e.target.checked)} />{" "}
            {t("team.encrypted")}
          </label>
          {address.encrypted ? (
            <p className="small">
              <button type="button" className="button" onClick={() => pickCa.mutate()} data-testid="team-pick-ca">
                {t("team.pickCa")}
              </button>{" "}
              <span className="muted" data-testid="team-ca-name">
                {caName ?? t("team.publicRoots")}
              </span>
            </p>
          ) : (
            <p className="muted small">{t("team.unencryptedWarning")}</p>
          )}
        </fieldset>
      </form>
    </Dialog>
  );
}
