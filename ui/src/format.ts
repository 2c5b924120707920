// Display formatting for the user's locale. No rules here: values come validated from Rust.
import { formatLocale } from "./i18n";
import type { Money } from "./ipc";

const exponentCache = new Map<string, number>();

function exponent(currency: string): number {
  let digits = exponentCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    exponentCache.set(currency, digits);
  }
  return digits;
}

/** An amount in minor units as a localised currency string. */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return "";
  const value = money.minorUnits / 10 ** exponent(money.currency);
  try {
    return new Intl.NumberFormat(formatLocale(), { style: "currency", currency: money.currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${value} ${money.currency}`;
  }
}

/** A calendar date (YYYY-MM-DD) in the user's numeric date order: 27/11/2025 in Ireland and
 * Indonesia, 11/27/2025 in the United States. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return iso;
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" };
  return new Intl.DateTimeFormat(formatLocale(), options).format(Date.UTC(y, m - 1, d));
}

/** An instant (RFC 3339) in local time. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso));
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** The localised name of an ISO 3166 country code, in the current locale's language. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "";
  try {
    const tag = formatLocale();
    let names = regionNames.get(tag);
    if (!names) {
      names = new Intl.DisplayNames([tag], { type: "region" });
      regionNames.set(tag, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A whole number with the user's digit grouping. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return "";
  return new Intl.NumberFormat(formatLocale()).format(n);
}

/** An instant (RFC 3339) in a given IANA time zone, with the zone's abbreviation. */
export function formatInstantIn(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  try {
    const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" };
    return new Intl.DateTimeFormat(formatLocale(), options).format(new Date(iso));
  } catch {
    return formatInstant(iso);
  }
}

/** How long until `iso` from `now` (ms), split for display: days, hours, minutes, and whether
 * it is already past. */
export function timeLeft(iso: string, now: number): { past: boolean; days: number; hours: number; minutes: number } {
  const diff = new Date(iso).getTime() - now;
  const total = Math.floor(Math.abs(diff) / 60_000);
  return { past: diff < 0, days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** Now as a local date-time (YYYY-MM-DDTHH:MM) in an IANA time zone, for a datetime-local
 * field whose value the core reads in that zone. */
export function localNowIn(timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}
