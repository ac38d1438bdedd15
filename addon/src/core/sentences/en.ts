/** What each problem tells an admin, in English. */
import type { Sentence, Sentences } from './types.ts';

const range: Sentence = ({ min, max, unit }) =>
  `from ${min} to ${max} (${unit})`;

export const en: Sentences = {
  not_an_object: ({ value }) =>
    `The settings must be an object of maintenance_banner_* keys, not ${value}.`,
  not_boolean: ({ value }) => `Use true or false, not ${value}.`,
  not_integer: (problem) =>
    `Use a whole number ${range(problem)}, not ${problem.value}.`,
  out_of_range: (problem) =>
    `Use a whole number ${range(problem)}; ${problem.value} is out of range.`,
  not_text: ({ value }) => `Use plain text, not ${value}.`,
  too_long: ({ maxLength, length }) =>
    `Shorten it to ${maxLength} characters or fewer; it has ${length}.`,
  contains_html: () =>
    'Write plain text: HTML is not allowed here and would be shown as typed.',
  control_characters: ({ multiline }) =>
    multiline
      ? 'Remove the control characters; only line breaks are allowed.'
      : 'Keep it on one line and remove the control characters.',
  unknown_status: ({ value, choices }) =>
    `Use one of ${choices.join(', ')}; not ${value}.`,
  unknown_time_zone: ({ value }) =>
    `${value} is not an IANA time zone; use a name such as America/Los_Angeles or UTC.`,
  unreadable: () => 'This setting could not be read.',
  invalid_url: ({ value, kind, allow }) =>
    kind === 'type'
      ? `Use a link, not ${value}.`
      : kind === 'path'
        ? `${value} is not a valid path.`
        : `${value} is not a link; use ${allow === 'health' ? '"/srv/status" or an https: link' : 'an https: link'}.`,
  insecure_url: ({ kind, allow, protocol }) =>
    kind === 'credentials'
      ? 'Remove the user name and password from the link.'
      : allow === 'channel'
        ? `Use an https: link (or a slack: deep link); ${protocol} links are not allowed.`
        : `Use a path on this site or an https: link; ${protocol} links are not allowed.`,
  required: () => 'Set the start, for example 2027-02-18T10:00:00-08:00.',
  missing_offset: ({ value }) =>
    `${value} has no offset: add "Z" for UTC or an offset such as "-08:00", so it names one instant for every visitor.`,
  invalid_format: ({ value, kind }) =>
    kind === 'type'
      ? `Use an ISO 8601 date and time such as 2027-02-18T10:00:00-08:00, not ${value}.`
      : `${value} is not an ISO 8601 date and time such as 2027-02-18T10:00:00-08:00.`,
  invalid_date: ({ value }) => `${value} is not a real date and time.`,
};
