/**
 * Tells an open page that the settings it was loaded with may be stale.
 *
 * Theme settings are baked into the theme's JavaScript when the page loads
 * (Theme#update_javascript_cache! prepends them). Saving a setting declared
 * `refresh: true` makes Discourse call `Discourse.request_refresh!`, which
 * publishes "clobber" on the MessageBus channel /global/asset-version to
 * every client, anonymous ones included (lib/discourse.rb). Core's own
 * software-update prompt (components/software-update-prompt.gjs) marks the
 * session `requiresRefresh` on it, so the next in-app navigation is a full
 * page load (lib/url.js, routeTo); this makes the banner say so at once.
 *
 * A deploy publishes on the same channel (the new asset digest), so the
 * message means "this page is out of date", never only "the schedule
 * changed". Like core, a version equal to the page's own is ignored.
 */
import { tracked } from "@glimmer/tracking";
import { registerDestructor } from "@ember/destroyable";

export const ASSET_VERSION_CHANNEL = "/global/asset-version";

export default class ScheduleChanges {
  /** A message arrived since the page loaded. */
  @tracked stale = false;

  #session;

  #onMessage = (version) => {
    if (this.#session?.assetVersion !== version) {
      this.stale = true;
    }
  };

  /**
   * Subscribes through `messageBus` (Discourse's `service:message-bus`) for
   * as long as `owner` lives; without one (no MessageBus) it stays quiet.
   */
  constructor(owner, messageBus, session) {
    this.#session = session;
    if (!messageBus) {
      return;
    }
    messageBus.subscribe(ASSET_VERSION_CHANNEL, this.#onMessage);
    registerDestructor(owner, () =>
      messageBus.unsubscribe(ASSET_VERSION_CHANNEL, this.#onMessage)
    );
  }
}
