/**
 * The preview's state: the moment chosen (now, a phase, a minute of the
 * slider), the values it shows (a wrong field keeps its last valid value),
 * and its own clock, moved to that moment only when the moment changes.
 */
import { cached, tracked } from '@glimmer/tracking';
import type MaintenanceBannerClock from '../../services/maintenance-banner-clock.ts';
import type { SettingsDraft } from '../draft.ts';
import { LastValidValues } from '../last-valid.ts';
import {
  planPreview,
  type PreviewChoice,
  type PreviewPlan,
} from '../preview-moments.ts';
import { previewClockFor } from './preview-clock.ts';

export class PreviewState {
  @tracked choice: PreviewChoice = { kind: 'now' };
  /** The preview's own clock, so travelling in time moves no other banner. */
  readonly clock: MaintenanceBannerClock;
  readonly #draft: SettingsDraft;
  readonly #lastValid: LastValidValues;
  #travelledTo: number | null = null;

  constructor(
    owner: object,
    pageClock: MaintenanceBannerClock,
    draft: SettingsDraft,
  ) {
    this.clock = previewClockFor(owner, pageClock);
    this.#draft = draft;
    this.#lastValid = new LastValidValues(draft.values);
  }

  /** The values shown: a wrong field keeps its last valid value. */
  @cached
  get values() {
    return this.#lastValid.apply(this.#draft.values);
  }

  @cached
  get plan(): PreviewPlan {
    return planPreview(this.values.values, this.choice);
  }

  choose(choice: PreviewChoice): void {
    this.choice = choice;
    this.follow();
  }

  /** After an edit or a save: remember the valid values, keep the moment in view. */
  follow(): void {
    this.#lastValid.record(this.#draft.values);
    const at = this.plan.at;
    if (at === this.#travelledTo) return;
    this.#travelledTo = at;
    this.clock.travelTo(at);
  }
}
