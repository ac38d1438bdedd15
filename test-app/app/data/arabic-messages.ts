import type { Messages } from 'ember-maintenance-banner/core';

/**
 * A host's own translation (here Arabic, a right-to-left language), passed
 * as `@messages`: the addon ships English and Simplified Chinese, and any
 * other language is a table like this one.
 */
export const ARABIC: Messages = {
  'headline.upcoming': 'صيانة مجدولة',
  'headline.imminent': 'تبدأ الصيانة قريبًا',
  'headline.in-progress': 'الصيانة جارية',
  'headline.overrun': 'الصيانة تستغرق وقتًا أطول من المخطط',
  'headline.completed': 'اكتملت الصيانة',
  'headline.cancelled': 'أُلغيت الصيانة',
  'headline.goingDown': 'يتوقف المنتدى الآن للترقية',
  'headline.back': 'يبدو أن الترقية اكتملت',
  'when.one': '{announced}',
  'when.both': '{announced} · {local} بتوقيتك ({zone})',
  'when.scheduled': '{when}',
  'when.started': 'بدأت {when}',
  'countdown.starts': 'تبدأ بعد {countdown}',
  'duration.unknown': 'لسنا متأكدين من المدة التي ستستغرقها.',
  'duration.known': 'من المتوقع أن تستغرق نحو {duration}.',
  'duration.long':
    'قد يستغرق ذلك بعض الوقت (نحو {duration}): تابع {channel} للاطلاع على المستجدات.',
  'duration.longNoChannel': 'قد يستغرق ذلك بعض الوقت (نحو {duration}).',
  'progress.body': 'قد لا يتوفر المنتدى حتى تنتهي. المستجدات في {channel}.',
  'progress.bodyNoChannel': 'قد لا يتوفر المنتدى حتى تنتهي.',
  'progress.expectedEnd': 'من المتوقع أن تنتهي نحو {end}.',
  'overrun.body':
    'كان من المتوقع أن تنتهي بحلول {end}. تابع {channel} للاطلاع على المستجدات.',
  'overrun.bodyNoChannel': 'كان من المتوقع أن تنتهي بحلول {end}.',
  'completed.body': 'انتهت في {time}. شكرًا لصبركم.',
  'completed.bodyNoTime': 'شكرًا لصبركم.',
  'cancelled.body': 'أُلغيت الصيانة المخطط لها في {when}.',
  'channel.fallbackName': 'قناة الإعلانات',
  'channel.newTab': ' (يفتح في علامة تبويب جديدة)',
  announcement: '{headline}. {body}',
  'sentence.end': '.',
  'region.label': 'إعلان الصيانة',
  'dismiss.label': 'إغلاق إعلان الصيانة',
  'change.postponed': 'أُجّلت: تبدأ الآن {when}.',
  'change.advanced': 'قُدّمت: تبدأ الآن {when}.',
  'change.extended': 'مُدّدت: من المتوقع الآن أن تنتهي نحو {end}.',
  'change.lengthUnknown': 'لم تعد المدة معروفة: قد تستغرق وقتًا أطول من المخطط.',
  'health.down':
    'لا يمكن الوصول إلى المنتدى أثناء ترقيته. تابع {channel} للاطلاع على المستجدات.',
  'health.downNoChannel': 'لا يمكن الوصول إلى المنتدى أثناء ترقيته.',
  'health.back': 'المنتدى يستجيب من جديد: أعد تحميل الصفحة للمتابعة.',
  'health.reload': 'أعد تحميل الصفحة',
  'calendar.add': 'أضف إلى التقويم',
  'calendar.summary': 'صيانة المنتدى',
  'calendar.updates': 'المستجدات: {link}',
  'calendar.fileName': 'maintenance.ics',
  'details.toggle': 'التفاصيل',
  'notice.show': 'عرض',
  'notice.hide': 'إخفاء هذا التنبيه',
};
