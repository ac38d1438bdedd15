import Component from "@glimmer/component";
import { tracked } from "@glimmer/tracking";
import { fn } from "@ember/helper";
import { on } from "@ember/modifier";
import { i18n } from "discourse-i18n";
import { formatDateTime } from "../lib/maintenance-banner/core/format";
import { PHASES } from "../lib/maintenance-banner/core/phase";
import { localTimeZone } from "../lib/maintenance-banner/core/zone";
import { wordsLocale } from "../lib/maintenance-banner-theme/messages";

/**
 * The staff preview: one button per phase and one back to the real time.
 * A phase moves this page's clock (service:maintenance-banner-clock,
 * travelTo) and hands the banner a local copy of the settings; nothing is
 * saved and no other page changes.
 *
 * Arguments: @moments (previewMoments()), @phase (the one shown, or null),
 * @onPreview(phase | null), @locale.
 */
export default class MaintenanceBannerPreview extends Component {
  /** The phase buttons are shown (staff opened the preview). */
  @tracked expanded = false;

  toggle = () => {
    this.expanded = !this.expanded;
  };

  get open() {
    return this.expanded || this.args.phase !== null;
  }

  get text() {
    return {
      summary: i18n(themePrefix("maintenance_banner_theme.preview.summary")),
      hint: i18n(themePrefix("maintenance_banner_theme.preview.hint")),
      live: i18n(themePrefix("maintenance_banner_theme.preview.live")),
      unavailable: i18n(
        themePrefix("maintenance_banner_theme.preview.unavailable")
      ),
    };
  }

  get choices() {
    return PHASES.map((phase) => ({
      phase,
      label: this.label(phase),
      disabled: !this.args.moments[phase],
      pressed: String(this.args.phase === phase),
    }));
  }

  get status() {
    const moment = this.args.phase && this.args.moments[this.args.phase];
    if (!moment) {
      return null;
    }
    // The date in the language the words came in, as the banner writes it.
    const { locale } = wordsLocale(this.args.locale?.replace(/_/g, "-"));
    return i18n(themePrefix("maintenance_banner_theme.preview.showing"), {
      phase: this.label(this.args.phase),
      when: formatDateTime(moment.at, localTimeZone(), locale, {
        withYear: true,
      }),
    });
  }

  label(phase) {
    return i18n(themePrefix(`maintenance_banner_theme.preview.${phase}`));
  }

  <template>
    <div class="maintenance-banner-preview">
      <button
        type="button"
        class="maintenance-banner-preview__summary"
        aria-expanded={{if this.open "true" "false"}}
        {{on "click" this.toggle}}
      >{{this.text.summary}}</button>
      {{#if this.open}}
        <p class="maintenance-banner-preview__hint">{{this.text.hint}}</p>
        <div class="maintenance-banner-preview__phases">
          {{#each this.choices as |choice|}}
            <button
              type="button"
              class="maintenance-banner-preview__phase"
              data-phase={{choice.phase}}
              aria-pressed={{choice.pressed}}
              disabled={{choice.disabled}}
              title={{if choice.disabled this.text.unavailable}}
              {{on "click" (fn @onPreview choice.phase)}}
            >{{choice.label}}</button>
          {{/each}}
          <button
            type="button"
            class="maintenance-banner-preview__phase"
            data-phase="live"
            aria-pressed={{if @phase "false" "true"}}
            {{on "click" (fn @onPreview null)}}
          >{{this.text.live}}</button>
        </div>
        {{#if this.status}}
          <p class="maintenance-banner-preview__status">{{this.status}}</p>
        {{/if}}
      {{/if}}
    </div>
  </template>
}
