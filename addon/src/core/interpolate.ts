/**
 * Strings with `{placeholders}` → text and slots, whatever table they come
 * from: the built-in ones (messages.ts) or a host's own (the Discourse
 * theme reads its strings from Discourse's i18n and fills them here).
 */

/** The names of the placeholders filled with markup rather than text. */
export type Slot = 'channel' | 'countdown';

/**
 * A run of plain text, or a slot for the component to fill. A value put
 * into the sentence (a date, a duration, a zone) is `isolate`d: the banner
 * renders it in a `<bdi>`, so a right-to-left sentence keeps its
 * punctuation where it belongs around a left-to-right date, and back.
 */
export type Segment =
  | {
      readonly text: string;
      readonly slot?: undefined;
      readonly isolate?: true;
    }
  | { readonly slot: Slot; readonly text?: undefined };

/** What a placeholder is filled with: a value, or a sentence part already made of segments. */
export type Param = string | readonly Segment[];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const SLOTS: readonly string[] = ['channel', 'countdown'] satisfies Slot[];

/**
 * "Updates in {channel}." → [{text: "Updates in "}, {slot: "channel"}, {text: "."}];
 * "About {duration}." → [{text: "About "}, {text: "3 hours", isolate: true}, {text: "."}].
 * A text placeholder is filled from `params` (a value, isolated; or segments,
 * as they are); an unknown one stays as typed.
 */
export function interpolate(
  template: string,
  params: Readonly<Record<string, Param>> = {},
): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  const flush = () => {
    if (text) segments.push({ text });
    text = '';
  };
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name = ''] = match;
    text += template.slice(last, match.index);
    last = match.index + whole.length;
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (SLOTS.includes(name)) {
      flush();
      segments.push({ slot: name as Slot });
    } else if (value === undefined) {
      text += whole;
    } else if (typeof value === 'string') {
      flush();
      if (value) segments.push({ text: value, isolate: true });
    } else {
      flush();
      segments.push(...value);
    }
  }
  text += template.slice(last);
  flush();
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
