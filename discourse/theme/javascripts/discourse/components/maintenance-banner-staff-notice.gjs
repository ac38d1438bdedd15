import Component from "@glimmer/component";
import { i18n } from "discourse-i18n";
import { staffLines } from "../lib/maintenance-banner-theme/staff-lines";

/**
 * For staff only (the outlet component renders it for them): each invalid
 * setting by name, what is wrong and the fix, and whether the banner is
 * hidden or shows without it; then the notes (daylight saving, an unused
 * starts_at). Nothing at all while the settings are fine.
 */
export default class MaintenanceBannerStaffNotice extends Component {
  get lines() {
    return staffLines(this.args.reading);
  }

  get text() {
    return {
      title: i18n(themePrefix("maintenance_banner_theme.staff.title")),
      settings: i18n(themePrefix("maintenance_banner_theme.staff.settings")),
    };
  }

  <template>
    {{#if this.lines.length}}
      <aside class="maintenance-banner-staff" aria-label={{this.text.title}}>
        <p class="maintenance-banner-staff__title">{{this.text.title}}</p>
        <ul class="maintenance-banner-staff__list">
          {{#each this.lines as |line|}}
            <li
              class="maintenance-banner-staff__item"
              data-setting={{line.setting}}
              data-kind={{line.kind}}
              data-effect={{line.effect}}
            ><span
                class="maintenance-banner-staff__setting"
              >{{line.setting}}</span>: {{line.text}}</li>
          {{/each}}
        </ul>
        {{#if @settingsUrl}}
          <a
            class="maintenance-banner-staff__settings-link"
            href={{@settingsUrl}}
          >{{this.text.settings}}</a>
        {{/if}}
      </aside>
    {{/if}}
  </template>
}
