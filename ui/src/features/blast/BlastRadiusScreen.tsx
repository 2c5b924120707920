// The blast radius of a compromised vendor: what it held of ours and about whom, what reached
// it through other vendors, who holds our data through it, which of our services are hit, and
// what to do first. One screen, for any "as of" date.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { VendorPicker } from "../../components/VendorPicker";
import { formatDate, localNowIn } from "../../format";
import { blastRadius, getOrgProfile, getVendor, queryKeys, vendorNetwork, type VendorId } from "../../ipc";
import { useNavigate } from "../../navigation";
import { emptyIncident } from "../incidents/IncidentForm";
import { NetworkGraph } from "../network/NetworkGraph";
import { ObligationList } from "../obligations/ObligationList";
import { BlastRadiusResult } from "./BlastRadiusResult";

const today = () => new Date().toISOString().slice(0, 10);

export function BlastRadiusScreen({ vendorId, at: initialAt }: { vendorId?: VendorId; at?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [at, setAt] = useState(initialAt ?? today());
  const [autoDated, setAutoDated] = useState(false);
  // When we became aware, in the organisation's zone: now, unless changed. Deadlines count from it.
  const profile = useQuery({ queryKey: queryKeys.orgProfile, queryFn: getOrgProfile });
  const [awareAt, setAwareAt] = useState("");
  const zone = profile.data?.timeZone;
  useEffect(() => {
    if (zone) setAwareAt((current) => current || localNowIn(zone));
  }, [zone]);
  const vendor = useQuery({ queryKey: queryKeys.vendor(vendorId ?? -1), queryFn: () => getVendor(vendorId!), enabled: vendorId !== undefined });
  const radius = useQuery({
    queryKey: queryKeys.blastRadius(vendorId ?? -1, at, awareAt || null),
    queryFn: () => blastRadius(vendorId!, at || null, awareAt || null),
    enabled: vendorId !== undefined && awareAt !== "",
  });
  const network = useQuery({
    queryKey: queryKeys.network(vendorId ?? -1, at),
    queryFn: () => vendorNetwork(vendorId!, at || null),
    enabled: vendorId !== undefined,
  });
  // A vendor that holds nothing today is shown as of the last day it held our data.
  useEffect(() => {
    const r = radius.data;
    if (r && !autoDated && !initialAt && r.lastHeldOn && r.direct.categories.length === 0 && r.indirectTotal === 0) {
      setAutoDated(true);
      setAt(r.lastHeldOn);
    }
  }, [radius.data, autoDated, initialAt]);
  const choose = (v: { id: VendorId }) => {
    setAutoDated(false);
    setAt(today());
    navigate({ screen: "blast", vendorId: v.id });
  };
  return (
    <section className="screen screen-scroll" aria-labelledby="blast-title">
      <header className="screen-header">
        <div>
          <h1 id="blast-title">{t("blast.title")}</h1>
          <p className="muted">{t("blast.subtitle")}</p>
        </div>
      </header>
      <div className="toolbar">
        <VendorPicker
          key={vendor.data?.id ?? "none"}
          label={t("blast.vendor")}
          value={vendor.data ? { id: vendor.data.id, name: vendor.data.name } : null}
          onChange={choose}
        />
        <label className="inline-field">
          {t("blast.asOf")}
          <input className="input" type="date" value={at} data-testid="as-of" onChange={(e) => setAt(e.target.value)} />
        </label>
        <label className="inline-field">
          {t("blast.awareAt", { zone: zone ?? "" })}
          <input
            className="input"
            type="datetime-local"
            value={awareAt}
            data-testid="aware-at"
            title={t("blast.awareAtHint")}
            onChange={(e) => setAwareAt(e.target.value)}
          />
        </label>
        {vendor.data && (
          <button type="button" className="link-button" onClick={() => navigate({ screen: "vendor", vendorId: vendor.data.id })}>
            {t("blast.openVendor", { vendor: vendor.data.name })}
          </button>
        )}
        {vendor.data && (
          <button
            type="button"
            className="button"
            data-testid="blast-open-incident"
            onClick={() => navigate({ screen: "incidents", start: { vendor: { id: vendor.data.id, name: vendor.data.name }, draft: emptyIncident(awareAt) } })}
          >
            {t("blast.openIncident")}
          </button>
        )}
      </div>
      {vendorId === undefined && <p className="empty">{t("blast.choose")}</p>}
      {radius.error && <ErrorBanner error={radius.error} />}
      {autoDated && radius.data && (
        <div className="banner banner-info" role="status">
          {t("blast.autoDated", { vendor: radius.data.vendor.name, date: formatDate(radius.data.asOf) })}
        </div>
      )}
      {radius.data && (
        <BlastRadiusResult radius={radius.data}>
          {radius.data.obligations && (
            <section className="panel" aria-labelledby="obligations-title" data-testid="blast-obligations">
              <h2 id="obligations-title">{t("obligations.title")}</h2>
              <ObligationList report={radius.data.obligations} />
            </section>
          )}
        </BlastRadiusResult>
      )}
      {radius.data && network.data && (
        <section className="panel" aria-labelledby="graph-title">
          <h2 id="graph-title">{t("blast.network")}</h2>
          <NetworkGraph network={network.data} centre={radius.data.vendor.id} onOpen={(id) => navigate({ screen: "blast", vendorId: id, at })} />
        </section>
      )}
    </section>
  );
}
