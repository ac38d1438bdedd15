import { apiInitializer } from "discourse/lib/api";
import I18n, { i18n } from "discourse-i18n";
import MaintenanceBanner from "../components/maintenance-banner";
import { en } from "../lib/maintenance-banner/core/index";

const OUTLETS = ["below-site-header", "above-main-container"];
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * Every string of the banner from this theme's locale files, so that admins
 * can change any of them in Customize → Text. Discourse fills `%{name}`
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

export default apiInitializer((api) => {
  // The theme's settings object is tracked: a changed setting shows at once.
  const bannerSettings = settings;
  const outlet =
    OUTLETS.find((name) => name === settings.maintenance_banner_outlet) ??
    OUTLETS[0];
  const locale = interfaceLocale();
  const messages = themeMessages();

  api.renderInOutlet(
    outlet,
    <template>
      <MaintenanceBanner
        @settings={{bannerSettings}}
        @locale={{locale}}
        @messages={{messages}}
      />
    </template>
  );
});
