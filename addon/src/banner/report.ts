/**
 * What the banner tells the console: one warning per distinct trouble,
 * naming every setting at fault with its code (`validateSettings()` of
 * `ember-maintenance-banner/core` puts them in words), or the error that
 * kept the banner from writing its text.
 */
import type { SettingProblem, SettingsReading } from '../core/read-settings.ts';

const LOG_PREFIX = '[ember-maintenance-banner]';

export interface Trouble {
  readonly message: string;
  readonly error?: unknown;
}

function problemsLine(
  shown: boolean,
  problems: readonly SettingProblem[],
): string {
  const list = problems
    .map(({ key, code }) => `${key ?? 'settings'} (${code})`)
    .join(', ');
  return shown
    ? `shown without ${list}: fix these settings`
    : `hidden: fix these settings: ${list}`;
}

/** The trouble of a reading of the settings and of the text made from it, if any. */
export function troubleOf(
  reading: SettingsReading | { readonly error: unknown },
  text: { readonly error?: unknown },
): Trouble | null {
  if ('error' in reading) {
    return {
      message: 'hidden after an unexpected error reading the settings',
      error: reading.error,
    };
  }
  if (reading.problems.length > 0) {
    return {
      message: problemsLine(reading.window !== null, reading.problems),
    };
  }
  return 'error' in text
    ? { message: 'hidden after an unexpected error', error: text.error }
    : null;
}

/** Tells the console each trouble once (the error itself may refuse to be printed). */
export function reporter(): (trouble: Trouble | null) => void {
  const told = new Set<string>();
  return (trouble) => {
    if (!trouble || told.has(trouble.message)) return;
    told.add(trouble.message);
    const line = `${LOG_PREFIX} ${trouble.message}`;
    if ('error' in trouble) console.warn(line, trouble.error);
    else console.warn(line);
  };
}
