/**
 * The banner's strings in Simplified Chinese, for hosts that show them:
 * register once at boot, and `zh`, `zh-CN` or `zh-Hans-*` pages (or
 * `@locale`) read them; or pass them as `@messages`.
 *
 * ```ts
 * import { registerTranslation } from 'ember-maintenance-banner';
 * import zhCN from 'ember-maintenance-banner/locales/zh-CN';
 * registerTranslation('zh-CN', zhCN);
 * ```
 */
export { zh_CN, zh_CN as default } from '../core/locales/zh-CN.ts';
