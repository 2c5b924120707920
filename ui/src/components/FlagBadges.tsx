// The risk flags of data categories as small badges.
import { useTranslation } from "react-i18next";
import type { CategoryFlags } from "../ipc";

/** The flags that raise sensitivity (personal data aside). */
export const SENSITIVE_FLAGS: (keyof CategoryFlags)[] = [
  "specialCategory",
  "health",
  "paymentCard",
  "financialAccount",
  "credentials",
  "governmentId",
  "children",
  "preciseLocation",
];

export function FlagBadges({ flags, personal = false }: { flags: CategoryFlags; personal?: boolean }) {
  const { t } = useTranslation();
  const set = SENSITIVE_FLAGS.filter((f) => flags[f]);
  return (
    <span className="flag-badges">
      {personal && flags.personal && <span className="badge badge-neutral">{t("flags.personal")}</span>}
      {set.map((f) => (
        <span key={f} className="badge badge-flag" title={t(`flagsLong.${f}`)}>
          {t(`flags.${f}`)}
        </span>
      ))}
    </span>
  );
}
