/** What the form calls each setting, and the statuses, in plain words. */
import type { MaintenanceStatus, SettingKey } from '../../core/index.ts';

export const LABELS: Record<SettingKey, string> = {
  maintenance_banner_enabled: 'Show the banner to visitors',
  maintenance_banner_starts_at: 'Start',
  maintenance_banner_duration_minutes: 'Expected length',
  maintenance_banner_time_zone: 'Time zone',
  maintenance_banner_message: 'Message',
  maintenance_banner_channel_name: 'Channel name',
  maintenance_banner_channel_url: 'Channel link',
  maintenance_banner_status: 'Status',
  maintenance_banner_completed_at: 'Completed at',
  maintenance_banner_notice_hours: 'Announce it ahead by',
  maintenance_banner_imminent_minutes: '“Starts soon” from',
  maintenance_banner_long_window_minutes: '“Long downtime” from',
  maintenance_banner_completed_notice_minutes: 'Keep “completed” up for',
  maintenance_banner_dismissible: 'Visitors may dismiss it',
  maintenance_banner_health_url: 'Health check URL',
};

export const STATUS_CHOICES: readonly {
  value: MaintenanceStatus;
  label: string;
  hint: string;
}[] = [
  {
    value: 'scheduled',
    label: 'Scheduled',
    hint: 'The banner follows the clock: countdown, in progress at the start, “taking longer” after the expected end.',
  },
  {
    value: 'in_progress',
    label: 'In progress',
    hint: 'Shows “maintenance in progress” now, whatever the start says.',
  },
  {
    value: 'completed',
    label: 'Completed',
    hint: 'Shows “completed” from now for the time set below, then nothing.',
  },
  {
    value: 'cancelled',
    label: 'Cancelled',
    hint: 'Shows “cancelled” until the planned start, then nothing.',
  },
];
