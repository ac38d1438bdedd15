import { apiInitializer } from "discourse/lib/api";
import getURL from "discourse/lib/get-url";
import I18n from "discourse-i18n";
import MaintenanceBannerTheme from "../components/maintenance-banner-theme";
import { readThemeSettings } from "../lib/maintenance-banner-theme/read-settings";
import { staffLines } from "../lib/maintenance-banner-theme/staff-lines";

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
  // Theme settings are fixed for the life of the page (Discourse bakes them
  // into the theme's JavaScript; a change reaches an open page as the reload
  // notice), so they are read, and what is wrong with them said, once.
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

  api.renderInOutlet(
    reading.outlet,
    <template>
      <MaintenanceBannerTheme
        @reading={{reading}}
        @staff={{staff}}
        @settingsUrl={{settingsUrl}}
        @locale={{locale}}
      />
    </template>
  );
});
