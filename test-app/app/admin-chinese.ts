/**
 * The settings form's Simplified Chinese, registered when the admin page of
 * a Chinese page first loads it (a module runs once): other pages never
 * download it.
 */
import { registerAdminTranslation } from 'ember-maintenance-banner/admin';
import zhCN from 'ember-maintenance-banner/admin/locales/zh-CN';

registerAdminTranslation('zh-CN', zhCN);
