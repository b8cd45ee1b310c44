import { CONTENT_TOPICS, type ContentTopic } from '../../portrait/engine/inputs.js';
import { topicLabelZh } from '../../portrait/engine/metrics/content.js';

/** A library tag names a topic by the engine's key (macro) or its Chinese label (宏观), as editors tag materials. */
const TOPIC_BY_TAG: ReadonlyMap<string, ContentTopic> = new Map(CONTENT_TOPICS.flatMap((topic) => [[topic, topic] as const, [topicLabelZh(topic), topic] as const]));

/** The portrait topic of content with these tags: the first tag that names one, or null when none does. */
export function contentTopicOfTags(tags: readonly string[] | null | undefined): ContentTopic | null {
  for (const tag of tags ?? []) {
    const topic = TOPIC_BY_TAG.get(tag.trim().toLowerCase()) ?? TOPIC_BY_TAG.get(tag.trim());
    if (topic) return topic;
  }
  return null;
}
