// Pick several values from a long list: chosen values as removable chips, a search box, and a
// filtered list of the rest. Keyboard: type to filter, arrows to move, Enter to add.
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";

export interface Option {
  value: string;
  label: string;
  /** Shown smaller under the label (e.g. a category key). */
  hint?: string;
}

interface Props {
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  name?: string;
}

const SHOWN = 40;

export function MultiSelect({ options, value, onChange, placeholder, id, name, ...aria }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return options
      .filter((o) => !value.includes(o.value))
      .filter((o) => !q || o.label.toLowerCase().includes(q) || (o.hint ?? "").toLowerCase().includes(q))
      .slice(0, SHOWN);
  }, [options, value, query]);
  const add = (option: Option | undefined) => {
    if (!option) return;
    onChange([...value, option.value]);
    setQuery("");
    setActive(0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      add(matches[active]);
    } else if (e.key === "Escape" && open) {
      e.stopPropagation();
      e.preventDefault();
      setOpen(false);
    } else if (e.key === "Backspace" && !query && value.length) {
      onChange(value.slice(0, -1));
    }
  };
  return (
    <div className={`multiselect ${aria["aria-invalid"] ? "multiselect-invalid" : ""}`}>
      <div className="chips">
        {value.map((v) => (
          <span className="chip" key={v} title={byValue.get(v)?.hint}>
            {byValue.get(v)?.label ?? v}
            <button type="button" aria-label={t("common.removeItem", { item: byValue.get(v)?.label ?? v })} onClick={() => onChange(value.filter((x) => x !== v))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          name={name}
          className="chips-input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          {...aria}
          value={query}
          placeholder={value.length ? "" : placeholder}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKey}
        />
      </div>
      {open && matches.length > 0 && (
        <ul className="options" id={listId} role="listbox">
          {matches.map((o, i) => (
            <li
              key={o.value}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => {
                e.preventDefault();
                add(o);
              }}
            >
              <span>{o.label}</span>
              {o.hint && <span className="option-hint">{o.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
