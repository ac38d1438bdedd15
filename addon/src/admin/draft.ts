/**
 * The form's state: what the admin typed, what is saved, and everything
 * derived from the two (the start as an instant, the problems, the
 * changes). Values are kept as the inputs give them (numbers as typed text)
 * and turned into setting values only for validation and saving, so a
 * half-typed number is reported, never silently dropped.
 *
 * Callers change it only through its methods; everything else is read-only.
 */
import { cached, tracked } from '@glimmer/tracking';
import {
  SETTING_KEYS,
  STATUSES,
  canonicalTimeZone,
  readInstant,
  toIsoInstant,
  toZonedIso,
  settingProblems,
  type MaintenanceStatus,
  type SettingKey,
} from '../core/index.ts';
import type {
  SettingName,
  SettingValue,
  SettingsChanges,
} from '../adapters/settings-adapter.ts';
import { isSettingKey, sameValue, settingValue } from './draft-values.ts';
import {
  PLAIN_KEYS,
  editsFrom,
  readZone,
  readStart,
  takeEdits,
  type Edits,
  type EditsOptions,
  type Inputs,
  type PlainKey,
  type Repeated,
} from './draft-edits.ts';
import { ExtraValues } from './draft-extras.ts';
import type { ExtraSetting } from './extra-settings.ts';
import type {
  DraftProblem,
  ServerError,
  StartNote,
  StartReading,
} from './draft-types.ts';

export type { Inputs, PlainKey, Repeated };
export type { DraftProblem, StartNote, StartReading };
/** A field of the form: a banner setting's input, or a host setting's. */
export type FieldKey = PlainKey | (string & {});

export interface DraftOptions {
  /** The admin's own zone: the start's zone when the settings name none. */
  adminZone: string;
  /** The host's own settings, read from the same settings object. */
  extras?: readonly ExtraSetting[];
}

export class SettingsDraft {
  readonly #adminZone: string;
  /** Did the settings name a zone? If not, the admin's own is filled in (and is no edit). */
  #zoneGiven: boolean;
  @tracked private _saved: Readonly<Record<SettingKey, SettingValue>>;
  @tracked private _edits: Edits;
  @tracked private _serverErrors: ReadonlyMap<SettingName, ServerError> =
    new Map();
  /** The host's own settings. */
  readonly extras: ExtraValues;

  constructor(settings: unknown, { adminZone, extras = [] }: DraftOptions) {
    const source = (
      typeof settings === 'object' && settings !== null ? settings : {}
    ) as Record<string, unknown>;
    this.#adminZone = adminZone;
    this.extras = new ExtraValues(extras, source);
    const givenZone = source['maintenance_banner_time_zone'];
    this.#zoneGiven = typeof givenZone === 'string' && givenZone.trim() !== '';
    this._saved = Object.fromEntries(
      SETTING_KEYS.map((key) => [key, settingValue(key, source[key])]),
    ) as Record<SettingKey, SettingValue>;
    this._edits = editsFrom(this._saved, this.#editsOptions());
  }

  #editsOptions(): EditsOptions {
    return { adminZone: this.#adminZone, zoneGiven: this.#zoneGiven };
  }

  // ---- reading -----------------------------------------------------------

  /** The values as saved on the server, normalized. */
  get saved(): Readonly<Record<SettingKey, SettingValue>> {
    return this._saved;
  }

  /** The inputs as the admin left them. */
  get inputs(): Inputs {
    return this._edits.inputs;
  }

  /** One field's input: a banner setting's or a host setting's. */
  input(key: FieldKey): string | boolean {
    return this.extras.has(key)
      ? this.extras.input(key)
      : (this.inputs[key as PlainKey] ?? '');
  }

  /** What a setting would be saved as now. */
  current(key: SettingName): SettingValue {
    return isSettingKey(key) ? this.values[key] : this.extras.value(key);
  }

  get startDate(): string {
    return this._edits.startDate;
  }

  get startTime(): string {
    return this._edits.startTime;
  }

  get repeated(): Repeated {
    return this._edits.repeated;
  }

  get durationUnknown(): boolean {
    return this._edits.durationUnknown;
  }

  /** The status as chosen (a string: a saved value may be no status at all). */
  get status(): string {
    return String(this.inputs.maintenance_banner_status);
  }

  /**
   * The planned start, when the admin newly chose "in progress" before it
   * and has not confirmed yet that the work started early; else `null`.
   */
  earlyInProgress(now: number): number | null {
    if (this._edits.startConfirmed) return null;
    if (this.status !== 'in_progress') return null;
    if (this._saved.maintenance_banner_status === 'in_progress') return null;
    const start = this.start;
    if (start.state !== 'resolved' || start.result.epochMs <= now) return null;
    return start.result.epochMs;
  }

  /** How the saved start was read, when it needs an explanation. */
  @cached
  get startNote(): StartNote | null {
    const value = String(this._saved.maintenance_banner_starts_at);
    const reading = readInstant(value);
    if (reading.ok || reading.problem === 'required') return null;
    return {
      problem:
        reading.problem === 'missing_offset' ? 'no-offset' : 'unreadable',
      value,
      zone: readZone(
        editsFrom(this._saved, this.#editsOptions()).inputs,
        this.#adminZone,
      ),
    };
  }

  /** The settings whose last sent value the server refused. */
  @cached
  get refusedKeys(): ReadonlySet<SettingName> {
    return new Set(this._serverErrors.keys());
  }

  /** The zone the start is read in, or `null` while the input names none. */
  @cached
  get zone(): string | null {
    return canonicalTimeZone(String(this.inputs.maintenance_banner_time_zone));
  }

  @cached
  get start(): StartReading {
    return readStart(this._edits, this.zone);
  }

  /** The settings the form would save, every key. */
  @cached
  get values(): Readonly<Record<SettingKey, SettingValue>> {
    const values = {} as Record<SettingKey, SettingValue>;
    for (const key of PLAIN_KEYS) {
      values[key] = settingValue(key, this.inputs[key]);
    }
    if (this.durationUnknown) values.maintenance_banner_duration_minutes = 0;
    const start = this.start;
    values.maintenance_banner_starts_at =
      start.state === 'resolved' ? start.iso : '';
    return values;
  }

  /**
   * What is wrong, per setting: the core's rules, the start's own check,
   * the host settings' codecs and the server's word.
   */
  @cached
  get problems(): ReadonlyMap<SettingName, readonly DraftProblem[]> {
    const problems = new Map<SettingName, DraftProblem[]>();
    const add = (key: SettingName, problem: DraftProblem) => {
      problems.set(key, [...(problems.get(key) ?? []), problem]);
    };
    const start = this.start.state;
    for (const problem of settingProblems(this.values)) {
      const { key } = problem;
      if (key === null) continue;
      // Without a date and time, or a zone, the start's own message says more.
      if (key === 'maintenance_banner_starts_at' && start !== 'empty') continue;
      add(key, { source: 'rules', problem });
    }
    if (start === 'incomplete') {
      add('maintenance_banner_starts_at', {
        source: 'form',
        code: 'incomplete_start',
      });
    }
    for (const [key, problem] of this.extras.problems) {
      add(key, { source: 'extra', problem });
    }
    for (const [key, error] of this._serverErrors) {
      if (sameValue(key, this.current(key), error.sent)) {
        for (const message of error.messages) {
          add(key, { source: 'server', message });
        }
      }
    }
    return problems;
  }

  /** The settings that differ from the saved ones, with their new values. */
  @cached
  get changes(): SettingsChanges {
    const changes: SettingsChanges = {};
    for (const key of SETTING_KEYS) {
      const value = this.values[key];
      if (!sameValue(key, value, this._saved[key])) changes[key] = value;
    }
    // The zone is saved with a start: without one it names nothing (and a
    // zone filled in from the admin's own is not an edit).
    if (this.values.maintenance_banner_starts_at === '') {
      delete changes.maintenance_banner_time_zone;
    }
    return { ...changes, ...this.extras.changes };
  }

  get changedKeys(): SettingName[] {
    return Object.keys(this.changes);
  }

  get isDirty(): boolean {
    return this.changedKeys.length > 0;
  }

  // ---- editing -----------------------------------------------------------

  #edit(edits: Partial<Edits>): void {
    this._edits = { ...this._edits, ...edits };
  }

  set(key: FieldKey, value: string | boolean): void {
    if (this.extras.has(key)) this.extras.set(key, value);
    else this.#edit({ inputs: { ...this.inputs, [key]: value } });
  }

  setStartDate(date: string): void {
    this.#edit({ startDate: date });
  }

  setStartTime(time: string): void {
    this.#edit({ startTime: time });
  }

  /** Clocks fall back over the typed time: which of the two it means. */
  chooseRepeated(which: Repeated): void {
    this.#edit({ repeated: which });
  }

  setDurationUnknown(unknown: boolean): void {
    this.#edit({ durationUnknown: unknown });
  }

  /**
   * Marking the window completed records when (now); leaving "completed"
   * clears it; going back to the saved "completed" restores its time.
   */
  setStatus(status: MaintenanceStatus, now: number): void {
    let completedAt = '';
    if (status === 'completed') {
      const savedAt = String(this._saved.maintenance_banner_completed_at);
      completedAt =
        this._saved.maintenance_banner_status === 'completed' && savedAt !== ''
          ? savedAt
          : this.zone
            ? toZonedIso(now, this.zone)
            : toIsoInstant(now);
    }
    this.#edit({
      inputs: {
        ...this.inputs,
        maintenance_banner_status: status,
        maintenance_banner_completed_at: completedAt,
      },
      statusBefore: this.status,
      startConfirmed: false,
    });
  }

  /** Yes, the work started before the planned start: "in progress" stands. */
  confirmStarted(): void {
    this.#edit({ startConfirmed: true });
  }

  /** Not yet: back to the status chosen before. */
  revertStatus(now: number): void {
    const before = this._edits.statusBefore;
    if ((STATUSES as readonly string[]).includes(before)) {
      this.setStatus(before as MaintenanceStatus, now);
    } else {
      this.set('maintenance_banner_status', before);
    }
  }

  /** Back to the saved values: every edit and every server error goes. */
  discard(): void {
    this._edits = editsFrom(this._saved, this.#editsOptions());
    this.extras.discard();
    this._serverErrors = new Map();
  }

  /**
   * The server holds `value` for `key` now, and the admin takes it: it
   * becomes the saved value and the field shows it (the rest of the
   * admin's edits stay). The start is shown in the zone the field names.
   */
  adopt(key: SettingName, value: SettingValue): void {
    this.#forget(key);
    if (!isSettingKey(key)) {
      this.extras.adopt(key, value);
      return;
    }
    const saved = { ...this._saved, [key]: settingValue(key, value) };
    this._saved = saved;
    if (key === 'maintenance_banner_time_zone') this.#zoneGiven = true;
    const shownIn = {
      ...saved,
      maintenance_banner_time_zone:
        this.zone ?? saved.maintenance_banner_time_zone,
    };
    this._edits = takeEdits(
      key,
      editsFrom(shownIn, { ...this.#editsOptions(), zoneGiven: true }),
      this._edits,
    );
  }

  #forget(key: SettingName): void {
    if (!this._serverErrors.has(key)) return;
    const next = new Map(this._serverErrors);
    next.delete(key);
    this._serverErrors = next;
  }

  /** The server refused these values: show why until they change. */
  refused(
    failures: ReadonlyMap<SettingName, readonly string[]>,
    sent: SettingsChanges,
  ): void {
    const next = new Map(this._serverErrors);
    for (const [key, messages] of failures) {
      const value = sent[key];
      if (value !== undefined) next.set(key, { messages, sent: value });
    }
    this._serverErrors = next;
  }

  /** These values are stored now: they become the saved ones. */
  stored(keys: readonly SettingName[], sent: SettingsChanges): void {
    const saved = { ...this._saved };
    const extras: Record<string, SettingValue> = {};
    const serverErrors = new Map(this._serverErrors);
    for (const key of keys) {
      const value = sent[key];
      serverErrors.delete(key);
      if (value === undefined) continue;
      if (!isSettingKey(key)) extras[key] = value;
      else saved[key] = value;
      if (key === 'maintenance_banner_time_zone') this.#zoneGiven = true;
    }
    this._saved = saved;
    this.extras.stored(extras);
    this._serverErrors = serverErrors;
  }
}
