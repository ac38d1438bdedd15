/**
 * What staff read about the settings (and the console says once): one line
 * per problem or note, "<setting>: <what is wrong and the fix> <effect>".
 * Every sentence is a string of the theme's locale files
 * (maintenance_banner_theme.*), so admins change them in the component's
 * Theme translations.
 */
import { i18n } from "discourse-i18n";

/** A value as the admin typed it, quoted and cut short. */
function quote(value) {
  const text = typeof value === "string" ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function problemSentence(problem) {
  const params = {
    value: quote(problem.value ?? ""),
    detail: problem.detail ?? "",
    min: String(problem.min ?? ""),
    max: String(problem.max ?? ""),
    ...problem.params,
  };
  switch (problem.code) {
    case "not_a_date":
      return i18n(themePrefix("maintenance_banner_theme.problem.not_a_date"), params);
    case "not_a_time":
      return i18n(themePrefix("maintenance_banner_theme.problem.not_a_time"), params);
    case "date_missing":
      return i18n(themePrefix("maintenance_banner_theme.problem.date_missing"), params);
    case "time_missing":
      return i18n(themePrefix("maintenance_banner_theme.problem.time_missing"), params);
    case "required":
      return i18n(themePrefix("maintenance_banner_theme.problem.required"), params);
    case "missing_offset":
      return i18n(themePrefix("maintenance_banner_theme.problem.missing_offset"), params);
    case "invalid_format":
      return i18n(themePrefix("maintenance_banner_theme.problem.invalid_format"), params);
    case "invalid_date":
      return i18n(themePrefix("maintenance_banner_theme.problem.invalid_date"), params);
    case "unknown_time_zone":
      return i18n(themePrefix("maintenance_banner_theme.problem.unknown_time_zone"), params);
    case "contains_html":
      return i18n(themePrefix("maintenance_banner_theme.problem.contains_html"), params);
    case "control_characters":
      return i18n(themePrefix("maintenance_banner_theme.problem.control_characters"), params);
    case "too_long":
      return i18n(themePrefix("maintenance_banner_theme.problem.too_long"), params);
    case "not_integer":
    case "out_of_range":
      return i18n(themePrefix("maintenance_banner_theme.problem.number"), params);
    case "invalid_url":
    case "insecure_url":
      return problem.key === "maintenance_banner_health_url"
        ? i18n(themePrefix("maintenance_banner_theme.problem.health_url"), params)
        : i18n(themePrefix("maintenance_banner_theme.problem.channel_url"), params);
    case "outlet":
      return i18n(themePrefix("maintenance_banner_theme.problem.outlet"), params);
    default:
      // A code the core added later: its own (English) sentence says it.
      return i18n(themePrefix("maintenance_banner_theme.problem.other"), params);
  }
}

function noteSentence(note) {
  const params = { ...note.params, value: quote(note.params.value ?? "") };
  switch (note.code) {
    case "skipped":
      return i18n(themePrefix("maintenance_banner_theme.note.skipped"), params);
    case "repeated_earlier":
      return i18n(themePrefix("maintenance_banner_theme.note.repeated_earlier"), params);
    case "repeated_later":
      return i18n(themePrefix("maintenance_banner_theme.note.repeated_later"), params);
    default:
      return i18n(themePrefix("maintenance_banner_theme.note.ignored_starts_at"), params);
  }
}

function effectSentence(effect) {
  if (effect === "hidden") {
    return i18n(themePrefix("maintenance_banner_theme.staff.hidden"));
  }
  if (effect === "dropped") {
    return i18n(themePrefix("maintenance_banner_theme.staff.dropped"));
  }
  return "";
}

/**
 * `{ setting, kind: "problem" | "note", effect, text }` for each problem
 * and note of readThemeSettings(), problems first.
 */
export function staffLines(reading) {
  return [
    ...reading.problems.map((problem) => ({
      setting: problem.key,
      kind: "problem",
      effect: problem.effect,
      text: [problemSentence(problem), effectSentence(problem.effect)]
        .filter(Boolean)
        .join(" "),
    })),
    ...reading.notes.map((note) => ({
      setting: note.key,
      kind: "note",
      effect: null,
      text: noteSentence(note),
    })),
  ];
}
