import Route from '@ember/routing/route';
import { TOPICS, type Topic } from '../data/topics.ts';

export default class TopicRoute extends Route {
  model({ slug }: { slug: string }): Topic | undefined {
    return TOPICS.find((topic) => topic.slug === slug);
  }
}
