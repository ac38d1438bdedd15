import { getOwner } from '@ember/owner';
import { registerDestructor } from '@ember/destroyable';
import MaintenanceBannerClock from '../../services/maintenance-banner-clock.ts';

/**
 * The preview's own clock, so that travelling in time moves no other
 * banner: a new instance of the host's clock class (a manual one in
 * tests), set to the page's time, destroyed with `owner`.
 */
export function previewClockFor(
  owner: object,
  pageClock: MaintenanceBannerClock,
): MaintenanceBannerClock {
  const host = getOwner(owner);
  const factory = host?.factoryFor('service:maintenance-banner-clock');
  const clock = factory?.create() ?? new MaintenanceBannerClock(host);
  clock.syncWithServer(pageClock.now());
  registerDestructor(owner, () => clock.destroy());
  return clock;
}
