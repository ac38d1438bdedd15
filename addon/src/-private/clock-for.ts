import { getOwner } from '@ember/owner';
import MaintenanceBannerClock from '../services/maintenance-banner-clock.ts';

const NAME = 'service:maintenance-banner-clock' as const;

/**
 * The page's clock service. Classic apps get it from the addon's app
 * re-export and tests replace it; a host that registered nothing (a
 * strict-resolver app) gets it registered here rather than an error.
 */
export function clockFor(context: object): MaintenanceBannerClock {
  const owner = getOwner(context);
  if (!owner)
    throw new Error(
      'maintenance-banner: no owner to find the clock service in',
    );
  if (!owner.factoryFor(NAME)) owner.register(NAME, MaintenanceBannerClock);
  return owner.lookup(NAME);
}
