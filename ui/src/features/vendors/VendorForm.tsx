// Create or edit a vendor. Validation is the core's: rejected fields come back from Rust with
// their messages, which are shown next to the fields.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { SaveProblem } from "../../components/SaveProblem";
import { ErrorBanner } from "../../components/ErrorBanner";
import { Field } from "../../components/Field";
import { useEditSession } from "../../components/useEditSession";
import { countryName } from "../../format";
import {
  archiveVendor,
  createVendor,
  getVendorEdit,
  isIpcError,
  restoreVendor,
  updateVendor,
  invalidateAfter,
  type ContactDraft,
  type ReferenceLists,
  type Vendor,
  type VendorDraft,
  type Edit,
} from "../../ipc";

export const EMPTY_DRAFT: VendorDraft = {
  name: "",
  legalName: "",
  website: "",
  country: "",
  category: "other",
  description: "",
  businessOwner: "",
  status: "prospect",
  lei: "",
  vat: "",
  duns: "",
  contractStart: "",
  contractRenewal: "",
  contractEnd: "",
  noticePeriodDays: "",
  annualSpend: "",
  currency: "",
  dpaSigned: "",
  breachSlaHours: "",
  services: [],
  contacts: [],
};

interface Props {
  /** The vendor being edited, with its fields as editable text and their revision (from Rust);
   * null for a new one. */
  editing: { vendor: Vendor; edit: Edit<VendorDraft> } | null;
  reference: ReferenceLists;
  onDone: () => void;
}

export function VendorForm({ editing, reference, onDone }: Props) {
  const vendor = editing?.vendor ?? null;
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const session = useEditSession(editing?.edit ?? null, EMPTY_DRAFT);
  const { draft, setDraft } = session;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const countries = useMemo(
    () =>
      reference.countries
        .map((code) => ({ code, name: countryName(code) }))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [reference.countries, i18n.language],
  );

  const invalidate = () => invalidateAfter(client, "vendor_update");
  const save = useMutation({
    mutationFn: (next: VendorDraft) => (vendor ? updateVendor(vendor.id, { ...session.edit(), draft: next }) : createVendor(next)),
    onSuccess: () => {
      invalidate();
      onDone();
    },
    onError: (error) => {
      if (vendor) void session.reloadIfChanged(error, () => getVendorEdit(vendor.id));
      if (isIpcError(error) && error.code === "validation") {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
        requestAnimationFrame(() => {
          const first = document.querySelector<HTMLElement>(".dialog [aria-invalid=true]");
          first?.focus();
          first?.closest(".field")?.scrollIntoView({ block: "center" });
        });
      }
    },
  });
  const toggleArchive = useMutation({
    mutationFn: () => (vendor?.archivedAt ? restoreVendor(vendor.id) : archiveVendor(vendor!.id)),
    onSuccess: () => {
      invalidate();
      onDone();
    },
  });

  const set = <K extends keyof VendorDraft>(key: K) => (value: VendorDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: Exclude<keyof VendorDraft, "services" | "contacts">) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
  });
  const fieldLabel = (key: string) => t(`vendorForm.fields.${key}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    session.clearReloaded();
    save.mutate(draft);
  };
  const errorCount = Object.keys(errors).length;
  const setService = (index: number, value: string) => set("services")(draft.services.map((s, i) => (i === index ? value : s)));
  const setContact = (index: number, patch: Partial<ContactDraft>) =>
    set("contacts")(draft.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <Dialog
      title={vendor ? t("vendorForm.editTitle", { name: vendor.name }) : t("vendorForm.newTitle")}
      onClose={onDone}
      wide
      footer={
        <>
          {vendor && (
            <button type="button" className="button button-quiet footer-start" onClick={() => toggleArchive.mutate()} disabled={toggleArchive.isPending}>
              {vendor.archivedAt ? t("vendorForm.restore") : t("vendorForm.archive")}
            </button>
          )}
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
          <button type="submit" form="vendor-form" className="button button-primary" disabled={save.isPending} data-testid="vendor-save">
            {save.isPending ? t("common.saving") : t("common.save")}
          </button>
        </>
      }
    >
      <form id="vendor-form" className="form" onSubmit={submit} noValidate>
        {vendor?.archivedAt && <div className="banner banner-info">{t("vendorForm.archivedNotice")}</div>}
        {errorCount > 0 && (
          <div className="banner banner-error" role="alert" data-testid="form-error-summary">
            {t("vendorForm.invalid", { count: errorCount })}
          </div>
        )}
        <SaveProblem reloadedBecause={session.reloadedBecause} error={save.error} />
        {toggleArchive.error && <ErrorBanner error={toggleArchive.error} />}

        <fieldset>
          <legend>{t("vendorForm.sections.identity")}</legend>
          <div className="grid-2">
            <Field label={fieldLabel("name")} error={errors.name}>
              <input className="input" name="name" {...text("name")} />
            </Field>
            <Field label={fieldLabel("legalName")} error={errors.legalName}>
              <input className="input" name="legalName" {...text("legalName")} />
            </Field>
            <Field label={fieldLabel("website")} error={errors.website}>
              <input className="input" name="website" inputMode="url" placeholder="https://" {...text("website")} />
            </Field>
            <Field label={fieldLabel("country")} error={errors.country}>
              <select className="input" name="country" {...text("country")}>
                <option value="">{t("vendorForm.selectCountry")}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={fieldLabel("category")} error={errors.category}>
              <select className="input" name="category" {...text("category")}>
                {reference.categories.map((c) => (
                  <option key={c} value={c}>
                    {t(`category.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={fieldLabel("status")} error={errors.status}>
              <select className="input" name="status" {...text("status")}>
                {reference.statuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={fieldLabel("businessOwner")} error={errors.businessOwner}>
              <input className="input" name="businessOwner" {...text("businessOwner")} />
            </Field>
          </div>
          <Field label={fieldLabel("description")} error={errors.description}>
            <textarea className="input" name="description" rows={3} {...text("description")} />
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t("vendorForm.sections.services")}</legend>
          {draft.services.length === 0 && <p className="muted small">{t("vendorForm.noServices")}</p>}
          {draft.services.map((service, index) => (
            <div className="row-inputs" key={index}>
              <Field label={`${fieldLabel("service")} ${index + 1}`} error={errors[`services.${index}`]} className="grow">
                <input className="input" name={`services.${index}`} value={service} onChange={(e) => setService(index, e.target.value)} />
              </Field>
              <button type="button" className="button button-quiet" onClick={() => set("services")(draft.services.filter((_, i) => i !== index))}>
                {t("common.remove")}
              </button>
            </div>
          ))}
          {errors.services && <div className="field-error">{errors.services}</div>}
          <button type="button" className="button" onClick={() => set("services")([...draft.services, ""])}>
            {t("vendorForm.addService")}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t("vendorForm.sections.identifiers")}</legend>
          <div className="grid-3">
            <Field label={fieldLabel("lei")} error={errors.lei} hint={t("vendorForm.fields.leiHint")}>
              <input className="input mono" name="lei" maxLength={24} spellCheck={false} {...text("lei")} />
            </Field>
            <Field label={fieldLabel("vat")} error={errors.vat}>
              <input className="input mono" name="vat" spellCheck={false} {...text("vat")} />
            </Field>
            <Field label={fieldLabel("duns")} error={errors.duns}>
              <input className="input mono" name="duns" spellCheck={false} {...text("duns")} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t("vendorForm.sections.contacts")}</legend>
          {draft.contacts.length === 0 && <p className="muted small">{t("vendorForm.noContacts")}</p>}
          {draft.contacts.map((contact, index) => (
            <div className="row-inputs" key={index}>
              <Field label={t("vendorForm.fields.contactName", { n: index + 1 })} error={errors[`contacts.${index}.name`]} className="grow">
                <input className="input" name={`contacts.${index}.name`} value={contact.name} onChange={(e) => setContact(index, { name: e.target.value })} />
              </Field>
              <Field label={t("vendorForm.fields.contactEmail", { n: index + 1 })} error={errors[`contacts.${index}.email`]} className="grow">
                <input className="input" type="email" name={`contacts.${index}.email`} value={contact.email} onChange={(e) => setContact(index, { email: e.target.value })} />
              </Field>
              <Field label={t("vendorForm.fields.contactRole", { n: index + 1 })} error={errors[`contacts.${index}.role`]} className="grow">
                <input className="input" name={`contacts.${index}.role`} value={contact.role} onChange={(e) => setContact(index, { role: e.target.value })} />
              </Field>
              <button type="button" className="button button-quiet" onClick={() => set("contacts")(draft.contacts.filter((_, i) => i !== index))}>
                {t("common.remove")}
              </button>
            </div>
          ))}
          {errors.contacts && <div className="field-error">{errors.contacts}</div>}
          <button type="button" className="button" onClick={() => set("contacts")([...draft.contacts, { name: "", email: "", role: "" }])}>
            {t("vendorForm.addContact")}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t("vendorForm.sections.contract")}</legend>
          <div className="grid-3">
            <Field label={fieldLabel("contractStart")} error={errors.contractStart}>
              <input className="input" name="contractStart" placeholder="YYYY-MM-DD" {...text("contractStart")} />
            </Field>
            <Field label={fieldLabel("contractRenewal")} error={errors.contractRenewal}>
              <input className="input" name="contractRenewal" placeholder="YYYY-MM-DD" {...text("contractRenewal")} />
            </Field>
            <Field label={fieldLabel("contractEnd")} error={errors.contractEnd}>
              <input className="input" name="contractEnd" placeholder="YYYY-MM-DD" {...text("contractEnd")} />
            </Field>
            <Field label={fieldLabel("noticePeriodDays")} error={errors.noticePeriodDays}>
              <input className="input" name="noticePeriodDays" inputMode="numeric" {...text("noticePeriodDays")} />
            </Field>
            <Field label={fieldLabel("annualSpend")} error={errors.annualSpend}>
              <input className="input" name="annualSpend" inputMode="decimal" placeholder="0.00" {...text("annualSpend")} />
            </Field>
            <Field label={fieldLabel("currency")} error={errors.currency}>
              <select className="input" name="currency" {...text("currency")}>
                <option value="">{t("vendorForm.selectCurrency")}</option>
                {reference.currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t("vendorForm.sections.dpa")}</legend>
          <div className="grid-3">
            <Field label={fieldLabel("dpaSigned")} error={errors.dpaSigned}>
              <input className="input" name="dpaSigned" placeholder="YYYY-MM-DD" {...text("dpaSigned")} />
            </Field>
            <Field label={fieldLabel("breachSlaHours")} error={errors.breachSlaHours}>
              <input className="input" name="breachSlaHours" inputMode="numeric" {...text("breachSlaHours")} />
            </Field>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
