/**
 * The seed's window, as the page tests announce it: Feb 18, 10:00 in
 * America/Los_Angeles, with the Slack channel, plus what a test changes.
 */
export const START = '2027-02-18T10:00:00-08:00';
export const SLACK = 'https://gophers.slack.com/messages/announcements';

export const seedWindow = (
  changes: Record<string, unknown> = {},
): Record<string, unknown> => ({
  maintenance_banner_enabled: true,
  maintenance_banner_starts_at: START,
  maintenance_banner_time_zone: 'America/Los_Angeles',
  maintenance_banner_channel_name: '#announcements',
  maintenance_banner_channel_url: SLACK,
  ...changes,
});
