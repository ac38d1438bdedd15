export interface Topic {
  slug: string;
  title: string;
  category: string;
  author: string;
  replies: number;
  views: number;
  activity: string;
  excerpt: string;
}

export const TOPICS: readonly Topic[] = [
  {
    slug: 'forum-upgrade-planned',
    title: 'Forum upgrade planned',
    category: 'Site Feedback',
    author: 'admins',
    replies: 4,
    views: 812,
    activity: '2h',
    excerpt:
      'We will upgrade Discourse soon. We are not sure how long it takes. We will post in #announcements on Gopher Slack when it starts, if it runs long, and when it is done.',
  },
  {
    slug: 'generic-type-aliases',
    title: 'Generic type aliases: when to reach for them?',
    category: 'Language',
    author: 'rsc_fan',
    replies: 23,
    views: 1940,
    activity: '5h',
    excerpt:
      'Now that generic type aliases are in, is there a rule of thumb for when an alias reads better than a new type?',
  },
  {
    slug: 'iterators-in-the-wild',
    title: 'Range-over-func iterators in the wild',
    category: 'Show and Tell',
    author: 'gopherina',
    replies: 11,
    views: 760,
    activity: '1d',
    excerpt:
      'A small collection of iterator helpers we use in production, and what we learned writing them.',
  },
  {
    slug: 'slog-handlers',
    title: 'Writing a slog handler that batches to a remote sink',
    category: 'Help',
    author: 'ops_marta',
    replies: 7,
    views: 402,
    activity: '2d',
    excerpt:
      'My handler drops records under load. Is there a recommended way to apply backpressure from a slog.Handler?',
  },
  {
    slug: 'go-meetup-berlin',
    title: 'Go meetup Berlin: March talks',
    category: 'Community',
    author: 'berlin_gophers',
    replies: 3,
    views: 215,
    activity: '3d',
    excerpt: 'Call for talks for the March meetup. Lightning talks welcome!',
  },
];
