/**
 * The theme's settings → what the banner gets, and what staff must be told.
 *
 * Theme settings check only type, min/max and enum choices when saved, so
 * the formats are checked here, at run time, with the core's own readers
 * (problems come as codes; staff-lines.js puts them in words from the
 * locale files):
 *
 * - The start comes from maintenance_banner_start_date + _start_time, read
 *   in maintenance_banner_time_zone, when either is set; otherwise from
 *   maintenance_banner_starts_at (ISO 8601 with an offset). Daylight saving
 *   is handled as the admin form does it (core/zoned-time.ts): a skipped
 *   time moves forward by the gap, a repeated one takes the earlier instant
 *   unless maintenance_banner_start_repeated says "later"; both get a note.
 * - Degrade, don't disappear: an invalid optional value (the core's `drop`
 *   settings, and completed_at, whose "completed" note then keeps to the
 *   24-hour rule) is left out and the banner shows without it. Only a
 *   window that cannot be computed (no start, an unknown zone, a bad length
 *   or status) hides the banner; the banner is then handed `enabled: false`,
 *   so the problems below are the only report of it.
 */
import { readInstant } from "../maintenance-banner/core/instant";
import { settingProblems } from "../maintenance-banner/core/read-settings";
import { SETTING_KEYS, SETTINGS } from "../maintenance-banner/core/schema";
import { canonicalTimeZone } from "../maintenance-banner/core/zone";
import {
  formatWallTime,
  parseWallTime,
  resolveWallTime,
  toZonedIso,
} from "../maintenance-banner/core/zoned-time";

const DATE = "maintenance_banner_start_date";
const TIME = "maintenance_banner_start_time";
const REPEATED = "maintenance_banner_start_repeated";
const STARTS_AT = "maintenance_banner_starts_at";
const ZONE = "maintenance_banner_time_zone";
const ENABLED = "maintenance_banner_enabled";
const COMPLETED_AT = "maintenance_banner_completed_at";
const OUTLET = "maintenance_banner_outlet";

/** The outlets the banner may go in (settings.yml's choices), the first by default. */
export const OUTLETS = ["below-site-header", "above-main-container"];

const asText = (value) =>
  typeof value === "string" ? value.trim() : value == null ? "" : String(value);

/** "9:00" is what people type for 09:00. */
const padHour = (time) => (/^\d:\d\d$/.test(time) ? `0${time}` : time);

function dstNote(result, wall, date, zone, used) {
  if (result.kind === "exact") {
    return null;
  }
  const params = {
    time: formatWallTime(wall),
    date,
    zone,
    from: formatWallTime(result.transition.wallBefore),
    to: formatWallTime(result.transition.wallAfter),
    used,
  };
  if (result.kind === "skipped") {
    return { key: TIME, code: "skipped", params };
  }
  const later = result.epochMs === result.candidates[1].epochMs;
  return {
    key: REPEATED,
    code: later ? "repeated_later" : "repeated_earlier",
    params,
  };
}

/** The start from the plain date and time, or `{ inUse: false }` when both are empty. */
function startFromDateTime(raw) {
  const date = asText(raw[DATE]);
  const time = padHour(asText(raw[TIME]));
  if (date === "" && time === "") {
    return { inUse: false };
  }
  const problems = [];
  if (date === "") {
    problems.push({ key: DATE, code: "date_missing", value: "" });
  } else if (!parseWallTime(date, "00:00")) {
    problems.push({ key: DATE, code: "not_a_date", value: raw[DATE] });
  }
  if (time === "") {
    problems.push({ key: TIME, code: "time_missing", value: "" });
  } else if (!/^\d\d:\d\d$/.test(time) || !parseWallTime("2000-01-01", time)) {
    problems.push({ key: TIME, code: "not_a_time", value: raw[TIME] });
  }
  // An unknown zone is the core's to report (on maintenance_banner_time_zone).
  const zone = canonicalTimeZone(asText(raw[ZONE]) || SETTINGS[ZONE].default);
  if (problems.length > 0 || zone === null) {
    return { inUse: true, iso: "", problems, notes: [] };
  }

  const wall = parseWallTime(date, time);
  const repeated = raw[REPEATED] === "later" ? "later" : "earlier";
  const result = resolveWallTime(wall, zone, { repeated });
  const iso = toZonedIso(result.epochMs, zone);
  const used = `${iso} (${zone})`;
  const notes = [dstNote(result, wall, date, zone, used)].filter(Boolean);

  const other = asText(raw[STARTS_AT]);
  if (other !== "") {
    const reading = readInstant(other);
    if (!reading.ok || reading.epochMs !== result.epochMs) {
      notes.push({
        key: STARTS_AT,
        code: "ignored_starts_at",
        params: { value: other, used },
      });
    }
  }
  return { inUse: true, iso, problems, notes };
}

/**
 * Reads the theme's `settings` object (fixed for the life of the page:
 * Discourse bakes it into the theme's JavaScript). Returns
 * - `settings`: the core's keys for the banner (the start resolved to ISO
 *   8601, invalid optional values left out, `enabled: false` when hidden);
 * - `problems`: `{ key, code, kind?, value, params?, effect: "hidden" |
 *   "dropped" | null }`, as the core's codes;
 * - `notes`: `{ key, code, params }` for staff (daylight saving, an unused
 *   starts_at) that change nothing;
 * - `announced`: the admin switched the banner on;
 * - `outlet`: where to render.
 */
export function readThemeSettings(raw) {
  const settings = {};
  for (const key of SETTING_KEYS) {
    settings[key] = raw[key];
  }
  const start = startFromDateTime(raw);
  if (start.inUse) {
    settings[STARTS_AT] = start.iso;
  }
  const problems = start.inUse
    ? start.problems.map((problem) => ({ ...problem, effect: "hidden" }))
    : [];
  const notes = start.inUse ? start.notes : [];

  for (const { key, code, params = {} } of settingProblems(settings)) {
    if (key === STARTS_AT && start.inUse) {
      continue; // the date, the time or the zone says what is wrong
    }
    const dropped = SETTINGS[key].onInvalid === "drop" || key === COMPLETED_AT;
    if (dropped) {
      settings[key] = "";
    }
    problems.push({
      key,
      code,
      kind: params.kind,
      value: "value" in params ? params.value : raw[key],
      params,
      effect: dropped ? "dropped" : "hidden",
    });
  }

  const outlet = OUTLETS.find((name) => name === asText(raw[OUTLET]));
  if (!outlet && asText(raw[OUTLET]) !== "") {
    problems.push({
      key: OUTLET,
      code: "outlet",
      value: raw[OUTLET],
      params: { choices: OUTLETS.join(", "), fallback: OUTLETS[0] },
      effect: null,
    });
  }

  const announced = raw[ENABLED] === true || raw[ENABLED] === "true";
  if (problems.some((problem) => problem.effect === "hidden")) {
    settings[ENABLED] = false;
  }
  return {
    settings,
    problems,
    notes,
    announced,
    outlet: outlet ?? OUTLETS[0],
  };
}
