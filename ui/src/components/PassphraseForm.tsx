// The form for a register's passphrase: one field to unlock, or a new passphrase typed twice
// (checked for a typo here; length and the rest are the core's rules), optionally after the
// current one. Field errors from the core sit under their fields.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "./Field";

export interface PassphraseInput {
  current: string | null;
  next: string | null;
}

interface Props {
  /** Which fields: the current passphrase, a new one (typed twice), or both. */
  asks: { current: boolean; next: boolean };
  submitLabel: string;
  pending: boolean;
  /** Field errors by the core's field names: `passphrase` (the new one) and `current`. */
  errors: Record<string, string>;
  onSubmit: (input: PassphraseInput) => void;
  onCancel?: () => void;
  testId: string;
}

export function PassphraseForm({ asks, submitLabel, pending, errors, onSubmit, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (asks.next && next !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    onSubmit({ current: asks.current ? current : null, next: asks.next ? next : null });
  };
  return (
    <form className="passphrase-form" onSubmit={submit} data-testid={testId}>
      {asks.current && (
        <Field label={t("passphrase.current")} error={errors.current}>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            autoFocus
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            data-testid={`${testId}-current`}
          />
        </Field>
      )}
      {asks.next && (
        <>
          <Field label={t("passphrase.new")} error={errors.passphrase} hint={t("passphrase.hint")}>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              autoFocus={!asks.current}
              value={next}
              onChange={(e) => setNext(e.target.value)}
              data-testid={`${testId}-new`}
            />
          </Field>
          <Field label={t("passphrase.repeat")} error={mismatch ? t("passphrase.mismatch") : undefined}>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              data-testid={`${testId}-repeat`}
            />
          </Field>
        </>
      )}
      <div className="inline-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={pending} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
