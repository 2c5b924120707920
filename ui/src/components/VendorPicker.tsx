// Choose a vendor by typing part of its name; the register searches, so 10,000 vendors are fine.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listVendors, queryKeys, type VendorId } from "../ipc";
import { useDebounced } from "../features/vendors/useDebounced";

interface Props {
  value: { id: VendorId; name: string } | null;
  onChange: (vendor: { id: VendorId; name: string }) => void;
  label: string;
}

export function VendorPicker({ value, onChange, label }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const search = useDebounced(text);
  const query = { search, statuses: [], categories: [], archived: "include" as const, sort: "name" as const, direction: "asc" as const, offset: 0, limit: 12 };
  const results = useQuery({ queryKey: queryKeys.vendorsPage(query), queryFn: () => listVendors(query), enabled: open });
  return (
    <div className="picker">
      <input
        className="input"
        aria-label={label}
        placeholder={t("blast.pickVendor")}
        value={text}
        data-testid="vendor-picker"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && results.data && results.data.items.length > 0 && (
        <ul className="options" role="listbox">
          {results.data.items.map((v) => (
            <li
              key={v.id}
              role="option"
              aria-selected={value?.id === v.id}
              onMouseDown={(e) => {
                e.preventDefault();
                setText(v.name);
                setOpen(false);
                onChange({ id: v.id, name: v.name });
              }}
            >
              <span>{v.name}</span>
              <span className="option-hint">{t(`category.${v.category}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
