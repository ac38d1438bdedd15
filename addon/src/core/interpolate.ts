/**
 * Strings with `{placeholders}` → text and slots, whatever table they come
 * from: the built-in ones (messages.ts) or a host's own (the Discourse
 * theme reads its strings from Discourse's i18n and fills them here).
 */

/** The names of the placeholders filled with markup rather than text. */
export type Slot = 'channel' | 'countdown';

/** A run of plain text, or a slot for the component to fill. */
export type Segment =
  | { readonly text: string; readonly slot?: undefined }
  | { readonly slot: Slot; readonly text?: undefined };

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const SLOTS: readonly string[] = ['channel', 'countdown'] satisfies Slot[];

/**
 * "Updates in {channel}." → [{text: "Updates in "}, {slot: "channel"}, {text: "."}].
 * Text placeholders are filled from `params`; an unknown one stays as typed.
 */
export function interpolate(
  template: string,
  params: Readonly<Record<string, string>> = {},
): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name = ''] = match;
    text += template.slice(last, match.index);
    last = match.index + whole.length;
    if (SLOTS.includes(name)) {
      if (text) segments.push({ text });
      segments.push({ slot: name as Slot });
      text = '';
    } else {
      text += Object.hasOwn(params, name) ? params[name] : whole;
    }
  }
  text += template.slice(last);
  if (text) segments.push({ text });
  return segments;
}

/** Segments as one plain string, with the slots' text filled in. */
export function segmentsToText(
  segments: readonly Segment[],
  slots: Readonly<Partial<Record<Slot, string>>>,
): string {
  return segments
    .map((segment) =>
      segment.slot ? (slots[segment.slot] ?? '') : segment.text,
    )
    .join('');
}

/** A template with every placeholder, slots included, filled as text. */
export function format(
  template: string,
  params: Readonly<Record<string, string>>,
): string {
  return segmentsToText(interpolate(template, params), params);
}
