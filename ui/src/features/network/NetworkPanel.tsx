// The vendor-page tab with the network graph and its "as of" date.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { queryKeys, vendorNetwork, type VendorId } from "../../ipc";
import { useNavigate } from "../../navigation";
import { NetworkGraph } from "./NetworkGraph";

export function NetworkPanel({ vendorId }: { vendorId: VendorId }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [at, setAt] = useState(new Date().toISOString().slice(0, 10));
  const network = useQuery({ queryKey: queryKeys.network(vendorId, at), queryFn: () => vendorNetwork(vendorId, at || null) });
  return (
    <div className="tab-body">
      <div className="toolbar">
        <label className="inline-field">
          {t("blast.asOf")}
          <input className="input" type="date" value={at} onChange={(e) => setAt(e.target.value)} />
        </label>
        <span className="muted small">{t("network.hint")}</span>
      </div>
      {network.error && <ErrorBanner error={network.error} />}
      {network.data && <NetworkGraph network={network.data} centre={vendorId} onOpen={(id) => navigate({ screen: "vendor", vendorId: id, tab: "network" })} />}
    </div>
  );
}
