// Display rules shared by the plain-JS and Lit implementations of the benchmark, ported from
// the widget's model (src/model/*.rs) so that all three render the same text and attributes.
// The benchmark's records are valid already: nothing here validates, it only formats.

/** The list's first cards, marked `data-ac-first-screen`, which the stylesheet never skips (src/render/card_markup.rs). */
export const FIRST_SCREENFUL = 12;

/** 32-bit FNV-1a of the UTF-8 bytes of `text` (src/model/fingerprint.rs). */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return fnv1aBytes(new TextEncoder().encode(text));
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

function fnv1aBytes(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}

/** `ac{mountNumber}-{8 hex digits}`: unique per card and mount, stable across updates. */
export function elementId(mountNumber, webUrl) {
  return `ac${mountNumber}-${fnv1a(webUrl).toString(16).padStart(8, "0")}`;
}

/** Host of an absolute URL: lower-cased, without port (SafeUrl::host). */
export function urlHost(url) {
  const start = url.indexOf("//") + 2;
  let end = start;
  while (end < url.length && !"/?#\\".includes(url[end])) end++;
  return url.slice(start, end).replace(/:\d*$/, "").toLowerCase();
}

/** Trimmed, without trailing dots, lower-cased, without a leading "www.". */
export function normaliseDomain(domain) {
  const lower = domain.trim().replace(/\.+$/, "").toLowerCase();
  return lower.startsWith("www.") ? lower.slice(4) : lower;
}

/**
 * A record's provider as the badge shows it: `label` (name, else domain) and the
 * normalised `domain`. Without a provider, the link's host stands in (ProviderBadge).
 */
export function providerOf(provider, linkHost) {
  const name = provider ? provider.name ?? null : null;
  const rawDomain = provider ? provider.domain : linkHost;
  const domain = rawDomain == null ? null : normaliseDomain(rawDomain) || null;
  return { name, domain, label: name ?? domain };
}

/** The first letter or digit of the label, upper-cased; "?" when there is none. */
export function monogram(label) {
  const first = label == null ? null : /[\p{Alphabetic}\p{N}]/u.exec(label);
  return first ? first[0].toUpperCase() : "?";
}

/** Which of the 12 badge colours: FNV-1a of the lower-cased domain (else name). */
export function paletteIndex({ name, domain }) {
  return fnv1a((domain ?? name ?? "").toLowerCase()) % 12;
}

/** Whether the link goes somewhere other than the provider's domain or its subdomains. */
export function isForeignHost(domain, linkHost) {
  if (domain == null) return false;
  const host = normaliseDomain(linkHost);
  return host !== domain && !host.endsWith(`.${domain}`);
}

const SENTENCE_END = /[.!?…。！？؟]["'”’)\]»]*$/u;
const DANGLING_TAIL = /[\s,;:\-–—(،]+$/u;

/** The excerpt as shown: trimmed, ending in "…" when the feed cut it mid-sentence. */
export function displayExcerpt(excerpt) {
  const trimmed = excerpt.trim();
  return SENTENCE_END.test(trimmed) ? trimmed : `${trimmed.replace(DANGLING_TAIL, "")}…`;
}

/** Epoch milliseconds of an ISO date-time, or null when absent or unreadable. */
export function parseTime(text) {
  if (text == null) return null;
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? null : millis;
}

/** `YYYY-MM-DDTHH:MM:SSZ` (no milliseconds), for `<time datetime>`. */
export function isoUtc(millis) {
  return `${new Date(millis).toISOString().slice(0, 19)}Z`;
}

const DAY = 86_400;

/**
 * How long before (negative) or after `now` `at` is, in the largest unit that fits,
 * rounded towards zero (Timestamp::relative_to): [amount, unit].
 */
export function relativeTime(at, now) {
  const seconds = Math.trunc((at - now) / 1000);
  const s = Math.abs(seconds);
  let amount, unit;
  if (s < 60) [amount, unit] = [s, "second"];
  else if (s < 3_600) [amount, unit] = [Math.trunc(s / 60), "minute"];
  else if (s < DAY) [amount, unit] = [Math.trunc(s / 3_600), "hour"];
  else if (s < 7 * DAY) [amount, unit] = [Math.trunc(s / DAY), "day"];
  else if (s < 30 * DAY) [amount, unit] = [Math.trunc(s / (7 * DAY)), "week"];
  else if (s < 365 * DAY) [amount, unit] = [Math.trunc(s / (30 * DAY)), "month"];
  else [amount, unit] = [Math.trunc((s * 4) / (1461 * DAY)), "year"];
  return [seconds < 0 ? -amount : amount, unit];
}

/** Date formatting for one set of options; the Intl formatters are built once here. */
export function dateFormatter({ locale, timeZone }) {
  const locales = locale ?? undefined;
  const absolute = new Intl.DateTimeFormat(locales, timeZone ? { dateStyle: "medium", timeZone } : { dateStyle: "medium" });
  const relative = new Intl.RelativeTimeFormat(locales, { numeric: "auto" });
  return {
    absolute: (at) => absolute.format(at),
    relative: (at, now) => relative.format(...relativeTime(at, now)),
  };
}

/**
 * The card's figure: the record's first image, else the first image of the first related
 * item that has one; `source` (the caption) is the owner's provider label, else the
 * image's host.
 */
export function figureOf(record) {
  const owner = record.images?.length ? record : record.related?.find((item) => item.images?.length);
  if (!owner) return null;
  const image = owner.images[0];
  const label = owner.provider ? providerOf(owner.provider, "").label : null;
  return { image, source: label ?? urlHost(image.url) };
}

/** Options with their defaults, as the widget reads them (src/model/options.rs). */
export function readOptions(options = {}) {
  const o = options ?? {};
  const level = o.headingLevel;
  return {
    locale: o.locale ?? null,
    timeZone: o.timeZone ?? null,
    theme: o.theme === "light" || o.theme === "dark" ? o.theme : null,
    layout: o.layout === "compact" ? "compact" : "full",
    headingLevel: Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3,
    relatedOpen: o.relatedOpen === true,
    linkTarget: o.linkTarget === "_blank" ? "_blank" : "_self",
    showSignals: o.showSignals === true,
    now: parseTime(o.now),
  };
}

/** The ranking signals shown with `showSignals`, as [name, value] pairs. */
export function signalEntries(record) {
  const published = record.published == null ? null : record.published ? "yes" : "no";
  return [
    ["Category", record.category],
    ["Type", record.type],
    ["Quality", record.quality],
    ["Heat", record.heat],
    ["Published", published],
  ].filter(([, value]) => value != null);
}
