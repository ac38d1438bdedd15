import Component from "@glimmer/component";
import { cached, tracked } from "@glimmer/tracking";
import { registerDestructor } from "@ember/destroyable";
import { on } from "@ember/modifier";
import { getOwner } from "@ember/owner";
import { i18n } from "discourse-i18n";
import { clockFor } from "../lib/maintenance-banner/-private/clock-for";
import { previewMoments } from "../lib/maintenance-banner-theme/preview-moments";
import ScheduleChanges from "../lib/maintenance-banner-theme/schedule-changes";
import MaintenanceBanner from "./maintenance-banner";
import MaintenanceBannerPreview from "./maintenance-banner-preview";
import MaintenanceBannerStaffNotice from "./maintenance-banner-staff-notice";

/**
 * What the theme puts in its outlet: a "reload" notice when the settings
 * this page was loaded with may be stale (every visitor), the staff notice
 * of invalid settings and the staff preview (staff only), and the banner
 * with the settings as readThemeSettings() read them.
 *
 * Arguments: @reading (readThemeSettings() of the theme's settings, read
 * once: Discourse bakes them into the page, and a change reaches an open
 * page only as the reload notice), @staff (the current user is staff),
 * @settingsUrl (the component's settings page, for admins), @locale for
 * the banner's dates.
 */
export default class MaintenanceBannerTheme extends Component {
  /** The phase staff preview, or `null` for the real time. */
  @tracked previewPhase = null;

  clock = clockFor(this);
  changes = new ScheduleChanges(
    this,
    getOwner(this).lookup("service:message-bus"),
    getOwner(this).lookup("service:session")
  );

  preview = (phase) => {
    const moment = phase === null ? null : this.moments?.[phase];
    this.previewPhase = moment ? phase : null;
    this.clock.travelTo(moment ? moment.at : null);
  };

  reload = () => {
    window.location.reload();
  };

  constructor() {
    super(...arguments);
    registerDestructor(this, () => {
      if (this.previewPhase !== null) {
        this.clock.travelTo(null);
      }
    });
  }

  @cached
  get moments() {
    return this.args.staff ? previewMoments(this.args.reading.settings) : null;
  }

  get previewing() {
    return this.previewPhase === null
      ? null
      : (this.moments?.[this.previewPhase] ?? null);
  }

  get bannerSettings() {
    return this.previewing?.settings ?? this.args.reading.settings;
  }

  /** Only while a maintenance is announced on this page: a deploy alone says nothing. */
  get stale() {
    return this.changes.stale && this.args.reading.announced;
  }

  get refreshText() {
    return {
      body: i18n(themePrefix("maintenance_banner_theme.refresh.body")),
      reload: i18n(themePrefix("maintenance_banner_theme.refresh.reload")),
    };
  }

  <template>
    <div class="maintenance-banner-refresh-region" role="status">
      {{#if this.stale}}
        <div class="maintenance-banner-refresh">
          <span class="maintenance-banner-refresh__body">
            {{this.refreshText.body}}
          </span>
          <button
            type="button"
            class="maintenance-banner-refresh__reload"
            {{on "click" this.reload}}
          >{{this.refreshText.reload}}</button>
        </div>
      {{/if}}
    </div>
    {{#if @staff}}
      <MaintenanceBannerStaffNotice
        @reading={{@reading}}
        @settingsUrl={{@settingsUrl}}
      />
    {{/if}}
    <MaintenanceBanner
      @settings={{this.bannerSettings}}
      @locale={{@locale}}
    />
    {{#if this.moments}}
      <MaintenanceBannerPreview
        @moments={{this.moments}}
        @phase={{this.previewPhase}}
        @onPreview={{this.preview}}
        @locale={{@locale}}
      />
    {{/if}}
  </template>
}
