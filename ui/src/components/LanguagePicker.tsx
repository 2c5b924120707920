// The language a document is written in — a PDF report, a vendor's questionnaire workbook:
// the window's by default, or any language the app speaks (an auditor abroad, a vendor in
// Jakarta). A report's attestation does not depend on it.
import { useQuery } from "@tanstack/react-query";
import { getLocale, queryKeys, type Language, type LanguageOption } from "../ipc";

export function LanguagePicker({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: Language | null;
  onChange: (language: Language) => void;
  testId: string;
}) {
  const locale = useQuery({ queryKey: queryKeys.locale, queryFn: getLocale, staleTime: Infinity });
  if (!locale.data) return null;
  return (
    <label className="language-switch small">
      <span className="muted">{label}</span>
      <select className="input input-small" data-testid={testId} value={value ?? locale.data.locale.language} onChange={(e) => onChange(e.target.value as Language)}>
        <LanguageOptions languages={locale.data.languages} />
      </select>
    </label>
  );
}

/** One option per language the app speaks, each named in itself. */
export function LanguageOptions({ languages }: { languages: LanguageOption[] }) {
  return (
    <>
      {languages.map((l) => (
        <option key={l.language} value={l.language}>
          {l.name}
        </option>
      ))}
    </>
  );
}
