// Ask for the last day a flow or an edge was in force. The record stays, with its end date.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { Field } from "../../components/Field";
import { isIpcError } from "../../ipc";
import { ErrorBanner } from "../../components/ErrorBanner";

interface Props {
  title: string;
  explain: string;
  error: unknown;
  pending: boolean;
  onCancel: () => void;
  onEnd: (lastDay: string) => void;
}

export function EndDialog({ title, explain, error, pending, onCancel, onEnd }: Props) {
  const { t } = useTranslation();
  const [day, setDay] = useState(new Date().toISOString().slice(0, 10));
  const fieldError = isIpcError(error) ? error.fields.find((f) => f.field === "validTo")?.message : undefined;
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
          <button type="button" className="button button-primary" disabled={pending} onClick={() => onEnd(day)}>
            {t("flows.end")}
          </button>
        </>
      }
    >
      <p className="muted">{explain}</p>
      {error && !fieldError ? <ErrorBanner error={error} /> : null}
      <Field label={t("flows.lastDay")} error={fieldError}>
        <input className="input" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </Field>
    </Dialog>
  );
}
