/** What the admin form, the Discourse settings page and the docs say about each setting, in English. */
import type { SettingTexts } from './types.ts';

export const en: SettingTexts = {
  maintenance_banner_enabled: {
    label: 'Show the banner to visitors',
    help: 'Show the banner. Nothing appears while this is off, whatever the other settings say.',
    summary: 'master switch',
  },
  maintenance_banner_starts_at: {
    label: 'Start',
    help: 'Start of the maintenance: an ISO 8601 date and time with its offset, for example 2027-02-18T10:00:00-08:00 (10:00 Pacific) or 2027-02-18T18:00:00Z (UTC). A time without “Z” or an offset is refused, so everybody sees the same instant; an invalid value hides the banner and names the problem in the browser console.',
    summary:
      'start of the window; "10:00" without an offset is refused, so nobody means Pacific and stores UTC',
  },
  maintenance_banner_duration_minutes: {
    label: 'Expected length',
    help: 'Expected length in minutes ({min}–{max}). Use 0 when you cannot tell: the banner then says “we are not sure how long it will take” and stays “in progress” until you change the status.',
    summary: 'expected length; `0` = unknown',
  },
  maintenance_banner_time_zone: {
    label: 'Time zone',
    help: 'The announcement’s own time zone, an IANA name such as America/Los_Angeles, Europe/Berlin or UTC. The start is shown in this zone and in each visitor’s zone.',
    summary: "the announcement's own zone, shown beside the visitor's",
  },
  maintenance_banner_message: {
    label: 'Message',
    help: 'An optional sentence of your own, shown under the banner’s text before and during the maintenance only: it is left out once the maintenance is completed or cancelled, so write it about the work to come (plain text, up to {max} characters; HTML is refused and never rendered).',
    summary:
      'a sentence from the admin, shown before and during the window (not once completed or cancelled); never HTML',
  },
  maintenance_banner_channel_name: {
    label: 'Channel name',
    help: 'Where updates are posted, as visitors should read it, for example #announcements or the status page (up to {max} characters).',
    summary: 'where updates are posted',
  },
  maintenance_banner_channel_url: {
    label: 'Channel link',
    help: 'Link to that channel: an https: address (or a slack: deep link). Leave empty to name the channel without a link.',
    summary: 'link to that channel',
  },
  maintenance_banner_status: {
    label: 'Status',
    help: 'Your word on the window. scheduled: the banner follows the clock (countdown, in progress at the start, “taking longer” after the expected end). in_progress: shows “in progress” now. completed: shows “completed” for the time set below, counted from “Completed at”. cancelled: shows “cancelled” until the planned start.',
    summary: "the admin's word on the window",
    choices: {
      scheduled: {
        label: 'Scheduled',
        hint: 'The banner follows the clock: countdown, in progress at the start, “taking longer” after the expected end.',
      },
      in_progress: {
        label: 'In progress',
        hint: 'Shows “maintenance in progress” now, whatever the start says.',
      },
      completed: {
        label: 'Completed',
        hint: 'Shows “completed” from now for the time set below, then nothing.',
      },
      cancelled: {
        label: 'Cancelled',
        hint: 'Shows “cancelled” until the planned start, then nothing.',
      },
    },
  },
  maintenance_banner_completed_at: {
    label: 'Completed at',
    help: 'When the work finished, in the same format as the start (for example 2027-02-18T11:42:00-08:00). With status completed, the “completed” note stays up from then for the time set below; leave empty to keep it until 24 hours after the window.',
    summary:
      'when it was marked completed (the admin form fills it); without it the completed note stays until the 24-hour rule',
  },
  maintenance_banner_notice_hours: {
    label: 'Announce it ahead by',
    help: 'How many hours before the start the banner appears ({min}–{max}, default {default}).',
    summary: 'how long before the start the banner appears',
  },
  maintenance_banner_imminent_minutes: {
    label: '“Starts soon” from',
    help: 'In the last this many minutes before the start the banner looks more urgent and counts down to the second ({min}–{max}, default {default}; 0 turns this off).',
    summary: '"under 30 minutes to go is imminent"',
  },
  maintenance_banner_long_window_minutes: {
    label: '“Long downtime” from',
    help: 'From this expected length on, in minutes, the banner adds “this may take a while: follow the channel for updates” ({min}–{max}, default {default}).',
    summary: '"over 2 hours is long downtime, watch the channel"',
  },
  maintenance_banner_completed_notice_minutes: {
    label: 'Keep “completed” up for',
    help: 'How many minutes the “completed” note stays up ({min}–{max}, default {default}).',
    summary: 'how long "completed" stays up',
  },
  maintenance_banner_dismissible: {
    label: 'Visitors may dismiss it',
    help: 'Let visitors close the banner. A closed countdown still comes back as “in progress” when the work starts, and any change you make to the window shows it again.',
    summary:
      'may visitors dismiss it (per phase; turning it off shows it again to those who dismissed it)',
  },
  maintenance_banner_health_url: {
    label: 'Health check URL',
    help: 'A path on this site or an https: address that answers while the forum is up (Discourse answers “ok” at /srv/status). Leave empty if there is none.',
    summary:
      'asked during the window to tell visitors when the forum is back ([details](visitors.md#during-and-after-the-window)); `""` turns the checks off',
  },
};
