/**
 * What staff read about the settings (and the console says once): one line
 * per problem or note, "<setting>: <what is wrong and the fix> <effect>".
 * Every sentence is a string of the theme's locale files, so admins change
 * them in the component's Theme translations: the core's own sentences for
 * its settings, generated into `maintenance_banner_theme.problems.<setting>.
 * <problem>` at build time, and the theme's for its own settings and notes.
 */
import { i18n } from "discourse-i18n";
import { quote } from "../maintenance-banner/core/sentences/quote";

/** A string of the locale files, or `null` when they have none under that key. */
function text(key, params) {
  const scope = themePrefix(`maintenance_banner_theme.${key}`);
  const found = i18n(scope, params);
  // Discourse's i18n answers a missing key with "[<locale>.<scope>]".
  return found.includes(scope) ? null : found;
}

function problemSentence({ key, code, kind, value, params = {} }) {
  const values = {
    ...params,
    value: quote(value ?? ""),
    length: String(params.length ?? ""),
    protocol: String(params.protocol ?? ""),
    code,
  };
  return (
    text(`problems.${key}.${kind ? `${code}_${kind}` : code}`, values) ??
    // A problem the core added since: say at least which one.
    text("staff.other", values)
  );
}

function noteSentence({ code, params }) {
  return text(`note.${code}`, { ...params, value: quote(params.value ?? "") });
}

function effectSentence(effect) {
  return effect ? text(`staff.${effect}`) : null;
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
