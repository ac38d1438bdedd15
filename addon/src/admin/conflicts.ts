/**
 * Lost updates, the form's side. Each setting is saved with the version
 * its value is known at (`If-Match` through the adapter); a setting someone
 * else changed since comes back as a conflict, and the admin answers it
 * field by field: keep theirs (resent with the server's new version) or
 * take the value stored now. Until then the admin's value stays in the
 * field, and the form does not save.
 */
import { tracked } from '@glimmer/tracking';
import type {
  SaveOptions,
  SaveResult,
  SettingConflict,
  SettingName,
  SettingsVersion,
} from '../adapters/settings-adapter.ts';
import type { SettingsDraft } from './draft.ts';

export interface FieldConflict {
  readonly key: SettingName;
  /** What the server holds now, who stored it and when. */
  readonly conflict: SettingConflict;
  /** `mine`: the admin keeps their value (the next save overwrites, knowingly); `null`: not answered yet. */
  readonly choice: 'mine' | null;
}

/** The conflicts of the last saves that the admin has not settled by saving. */
export class Conflicts {
  @tracked private _byKey: ReadonlyMap<SettingName, FieldConflict> = new Map();

  get(key: SettingName): FieldConflict | undefined {
    return this._byKey.get(key);
  }

  get all(): readonly FieldConflict[] {
    return [...this._byKey.values()];
  }

  /** The settings still waiting for the admin's answer. */
  get unanswered(): SettingName[] {
    return this.all
      .filter((entry) => entry.choice === null)
      .map((entry) => entry.key);
  }

  /** After a save: its conflicts are new questions; what it stored is settled. */
  record({ saved, failed }: SaveResult): void {
    const next = new Map(this._byKey);
    for (const key of saved) next.delete(key);
    for (const failure of failed) {
      if (failure.reason === 'conflict' && failure.conflict) {
        next.set(failure.key, {
          key: failure.key,
          conflict: failure.conflict,
          choice: null,
        });
      }
    }
    this._byKey = next;
  }

  keepMine(key: SettingName): void {
    const entry = this._byKey.get(key);
    if (!entry) return;
    this._byKey = new Map(this._byKey).set(key, { ...entry, choice: 'mine' });
  }

  remove(key: SettingName): void {
    if (!this._byKey.has(key)) return;
    const next = new Map(this._byKey);
    next.delete(key);
    this._byKey = next;
  }
}

/**
 * The version each setting's saved value is known at: the one the form was
 * given (`@version`), moved on by each save's result, and per setting
 * where the form learnt more (it stored the setting, or answered its
 * conflict).
 */
export class KnownVersions {
  #base: SettingsVersion | undefined;
  readonly #byKey = new Map<SettingName, SettingsVersion>();

  constructor(base: SettingsVersion | null | undefined) {
    this.#base = base ?? undefined;
  }

  /** What the adapter sends as `If-Match`. */
  options(): SaveOptions {
    const versions = Object.fromEntries(this.#byKey);
    return {
      ...(this.#base === undefined ? {} : { version: this.#base }),
      ...(this.#byKey.size > 0 ? { versions } : {}),
    };
  }

  after(result: SaveResult): void {
    if (result.version !== undefined) this.#base = result.version;
    for (const [key, version] of Object.entries(result.versions ?? {})) {
      if (version !== undefined) this.#byKey.set(key, version);
    }
  }

  /** `key`'s value is known at `version` (the admin answered its conflict). */
  set(key: SettingName, version: SettingsVersion): void {
    this.#byKey.set(key, version);
  }
}

/** The admin's answers to conflicts, applied to the form's state and versions. */
export class ConflictAnswers {
  readonly conflicts = new Conflicts();
  readonly versions: KnownVersions;
  readonly #draft: SettingsDraft;

  constructor(draft: SettingsDraft, base: SettingsVersion | null | undefined) {
    this.#draft = draft;
    this.versions = new KnownVersions(base);
  }

  /** After a save: its versions, its conflicts, what it settled. */
  saved(result: SaveResult): void {
    this.versions.after(result);
    this.conflicts.record(result);
  }

  /** Keep the admin's value: the next save sends it with the server's new version. */
  keepMine(key: SettingName): boolean {
    const entry = this.conflicts.get(key);
    if (!entry) return false;
    this.versions.set(key, entry.conflict.version);
    this.conflicts.keepMine(key);
    return true;
  }

  /** Take the value stored now: it becomes the saved one, and the field shows it. */
  takeTheirs(key: SettingName): boolean {
    const entry = this.conflicts.get(key);
    if (!entry) return false;
    this.versions.set(key, entry.conflict.version);
    this.#draft.adopt(key, entry.conflict.value);
    this.conflicts.remove(key);
    return true;
  }

  /** Every edit discarded: what the server holds now is what there is to go back to. */
  takeAll(): void {
    for (const { key } of this.conflicts.all) this.takeTheirs(key);
  }
}
