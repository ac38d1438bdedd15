/**
 * The banner's core/messages.ts as the theme ships it (discourse/build.ts
 * swaps this in): the same exports, but no table. Every string is read from
 * this theme's locale files through Discourse's i18n, so admins change any
 * of them in the component's Theme translations, and Discourse picks the
 * language (falling back to English for a string a language lacks).
 *
 * Discourse's i18n fills each `%{name}` it is given a value for and writes
 * "[missing %{name} value]" for the others, so every placeholder of the
 * banner's strings (placeholders.js, generated from the core's tables) is
 * handed back as `{name}`, the form the banner fills itself: `{channel}`
 * and `{countdown}` become a link and a `<time>` element.
 */
import { i18n } from "discourse-i18n";
import {
  directionOf,
  englishIn,
  languageOf,
  localeOrRuntime,
} from "../maintenance-banner/core/locale";
import { PLACEHOLDERS } from "./placeholders";

export {
  format,
  interpolate,
  segmentsToText,
} from "../maintenance-banner/core/interpolate";

const PARAMS = Object.fromEntries(
  PLACEHOLDERS.map((name) => [name, `{${name}}`])
);

function read(key) {
  return i18n(themePrefix(`maintenance_banner.${key}`), PARAMS);
}

/** The strings, each read when the banner asks for it. */
function strings(overrides) {
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key !== "string") {
          return undefined;
        }
        const own = overrides && Object.hasOwn(overrides, key);
        return own && typeof overrides[key] === "string"
          ? overrides[key]
          : read(key);
      },
    }
  );
}

const FROM_LOCALE_FILES = strings(null);

/** The locale files' strings (Discourse knows the language), with any overrides on top. */
export function resolveMessages(overrides) {
  return overrides ? strings(overrides) : FROM_LOCALE_FILES;
}

/**
 * The locale the words are in. Discourse's i18n falls back string by
 * string (the visitor's language, the site's, then English), and each
 * locale file's `maintenance_banner_theme.language` falls back with them,
 * so it names the file the words came from. English words on an Arabic
 * page get English dates and durations too (in the page's region) and say
 * they are English, as the addon's banner does; words of the site's
 * language on another page get that language's dates and say which
 * language they are in.
 */
export function wordsLocale(locale) {
  const asked = localeOrRuntime(
    typeof locale === "string" ? locale : locale?.[0]
  );
  // A file without the key answers "[locale.scope]", which is no language.
  const words = i18n(themePrefix("maintenance_banner_theme.language"));
  const language = languageOf(words);
  if (language === null || language === languageOf(asked)) {
    return { locale, lang: null, dir: null };
  }
  if (language === languageOf("en")) {
    return { locale: englishIn(asked) ?? "en", lang: "en", dir: "ltr" };
  }
  const tag = words.replace(/_/g, "-");
  return { locale: tag, lang: tag, dir: directionOf(tag) };
}
