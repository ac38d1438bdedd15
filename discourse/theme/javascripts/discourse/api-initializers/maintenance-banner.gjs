import { apiInitializer } from "discourse/lib/api";
import getURL from "discourse/lib/get-url";
import I18n, { i18n } from "discourse-i18n";
import MaintenanceBannerTheme from "../components/maintenance-banner-theme";
import { en } from "../lib/maintenance-banner/core/index";
import { readThemeSettings } from "../lib/maintenance-banner-theme/read-settings";
import { staffLines } from "../lib/maintenance-banner-theme/staff-lines";

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * Every string of the banner from this theme's locale files, so that admins
 * can change any of them on the component's page (Theme translations,
 * stored as ThemeTranslationOverride rows). Discourse fills `%{name}`
 * from the params: each placeholder is handed back as `{name}`, the form the
 * banner fills itself (`{channel}` and `{countdown}` become a link and a
 * `<time>` element).
 */
function themeMessages() {
  const messages = {};
  for (const [key, english] of Object.entries(en)) {
    const params = {};
    for (const [, name] of english.matchAll(PLACEHOLDER)) {
      params[name] = `{${name}}`;
    }
    const scope = themePrefix(`maintenance_banner.${key}`);
    const text = i18n(scope, params);
    // A missing key reads "[locale.scope]": the banner's own table covers it.
    if (typeof text === "string" && !text.includes(scope)) {
      messages[key] = text;
    }
  }
  return messages;
}

/** Discourse's interface language ("zh_CN"), else the page's. */
function interfaceLocale() {
  return I18n.currentLocale() || document.documentElement.lang || undefined;
}

/**
 * This component's theme id: Discourse's theme compiler builds every
 * translation scope as `theme_translations.${themeId}.${key}`
 * (frontend/asset-processor/rollup-virtual-imports.js, "virtual:theme").
 */
function themeId() {
  const scope = themePrefix("maintenance_banner_theme.staff.title");
  return /^theme_translations\.(\d+)\./.exec(scope)?.[1] ?? null;
}

export default apiInitializer((api) => {
  // Theme settings are fixed for the life of the page (a change comes with
  // a reload), so what is wrong with them is said here, once.
  const reading = readThemeSettings(settings);
  for (const line of staffLines(reading)) {
    console.warn(`[maintenance-banner] ${line.setting}: ${line.text}`);
  }

  // Discourse's current user (null for visitors): User#staff is admin || moderator.
  const user = api.getCurrentUser();
  const staff = Boolean(user?.staff);
  const id = themeId();
  // PUT /admin/themes/:id/setting and this page answer admins only.
  const settingsUrl =
    user?.admin && id ? getURL(`/admin/customize/components/${id}`) : null;
  const locale = interfaceLocale();
  const messages = themeMessages();

  api.renderInOutlet(
    reading.outlet,
    <template>
      <MaintenanceBannerTheme
        @staff={{staff}}
        @settingsUrl={{settingsUrl}}
        @locale={{locale}}
        @messages={{messages}}
      />
    </template>
  );
});
