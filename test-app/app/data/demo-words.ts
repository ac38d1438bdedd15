import type { DemoLocale } from '../../server/language.ts';

/**
 * The demo forum's own words (its header, topic list and preview panel) in
 * each of its languages. The banner's come from the addon's tables; the
 * posts are shown as written (each in its own direction), and the pages
 * about the addon (themes, admin) are in English.
 */
export interface DemoWords {
  mainNav: string;
  latest: string;
  themes: string;
  admin: string;
  language: string;
  topics: {
    title: string;
    topic: string;
    replies: string;
    views: string;
    activity: string;
  };
  /** A topic's page: "by" before its author's name, the way back, a missing topic. */
  topic: {
    by: string;
    allTopics: string;
    notFound: string;
  };
  preview: {
    title: string;
    upcoming: string;
    imminent: string;
    'in-progress': string;
    overrun: string;
    completed: string;
    cancelled: string;
    now: string;
    unreachable: (phase: string) => string;
    jumpedTo: (time: string) => string;
    realTime: string;
  };
}

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Readonly<Record<DemoLocale, string>> = {
  en: 'English',
  zh_CN: '简体中文',
  ar: 'العربية',
};

export const DEMO_WORDS: Readonly<Record<DemoLocale, DemoWords>> = {
  en: {
    mainNav: 'Main',
    latest: 'Latest',
    themes: 'Themes',
    admin: 'Admin',
    language: 'Language',
    topics: {
      title: 'Latest topics',
      topic: 'Topic',
      replies: 'Replies',
      views: 'Views',
      activity: 'Activity',
    },
    topic: {
      by: 'by',
      allTopics: '← All topics',
      notFound: 'Topic not found',
    },
    preview: {
      title: 'Preview the banner',
      upcoming: 'Upcoming',
      imminent: 'Imminent',
      'in-progress': 'In progress',
      overrun: 'Overrun',
      completed: 'Completed',
      cancelled: 'Cancelled',
      now: 'Real time',
      unreachable: (phase) => `${phase} cannot happen with these settings.`,
      jumpedTo: (time) =>
        `Page clock set to ${time}; it keeps running from there.`,
      realTime: 'Showing the real time.',
    },
  },
  zh_CN: {
    mainNav: '主导航',
    latest: '最新',
    themes: '主题',
    admin: '管理',
    language: '语言',
    topics: {
      title: '最新话题',
      topic: '话题',
      replies: '回复',
      views: '浏览量',
      activity: '活动',
    },
    topic: {
      by: '作者',
      allTopics: '← 全部话题',
      notFound: '找不到该话题',
    },
    preview: {
      title: '预览横幅',
      upcoming: '即将到来',
      imminent: '即将开始',
      'in-progress': '进行中',
      overrun: '超时',
      completed: '已完成',
      cancelled: '已取消',
      now: '当前时间',
      unreachable: (phase) => `按当前设置，不会出现“${phase}”阶段。`,
      jumpedTo: (time) => `页面时钟已调到 ${time}，并从那时起继续走。`,
      realTime: '正在显示当前时间。',
    },
  },
  ar: {
    mainNav: 'التنقل الرئيسي',
    latest: 'الأحدث',
    themes: 'السمات',
    admin: 'الإدارة',
    language: 'اللغة',
    topics: {
      title: 'أحدث المواضيع',
      topic: 'الموضوع',
      replies: 'الردود',
      views: 'المشاهدات',
      activity: 'النشاط',
    },
    topic: {
      by: 'بواسطة',
      allTopics: '→ كل المواضيع',
      notFound: 'الموضوع غير موجود',
    },
    preview: {
      title: 'معاينة اللافتة',
      upcoming: 'قادمة',
      imminent: 'وشيكة',
      'in-progress': 'جارية',
      overrun: 'تجاوزت الموعد',
      completed: 'مكتملة',
      cancelled: 'ملغاة',
      now: 'الوقت الفعلي',
      unreachable: (phase) => `لا يمكن أن تحدث حالة «${phase}» بهذه الإعدادات.`,
      jumpedTo: (time) =>
        `ضُبطت ساعة الصفحة على ${time}، وهي تواصل السير من هناك.`,
      realTime: 'يُعرض الوقت الفعلي.',
    },
  },
};
