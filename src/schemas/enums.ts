/**
 * Every closed vocabulary of the content model lives here, so that schemas, pages, filters and
 * tests agree on one list. Adding a value is a schema change: update content and docs with it.
 */

/** Difficulty of a project or plan, in the order a learner meets them. */
export const levels = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type Level = (typeof levels)[number];

/** What a topic is about; the topic index groups by this. */
export const topicCategories = [
  'foundations',
  'languages',
  'databases',
  'modeling',
  'storage',
  'processing',
  'streaming',
  'orchestration',
  'architecture',
  'cloud',
  'infrastructure',
  'quality-governance',
  'observability',
  'machine-learning',
  'career',
] as const;
export type TopicCategory = (typeof topicCategories)[number];

/**
 * What a topic describes: a named product, service or open-source project, whose page states the
 * version it describes and ages with its releases, or a concept, technique or practice.
 */
export const topicKinds = ['product', 'concept'] as const;
export type TopicKind = (typeof topicKinds)[number];

/** Human labels for topic categories, in index order. */
export const topicCategoryLabels: Record<TopicCategory, string> = {
  foundations: 'Foundations and distributed systems',
  languages: 'Languages and algorithms',
  databases: 'Databases and warehouses',
  modeling: 'Data modelling',
  storage: 'Storage, formats and table formats',
  processing: 'Batch processing',
  streaming: 'Streaming',
  orchestration: 'Orchestration and transformation',
  architecture: 'Architecture patterns and system design',
  cloud: 'Cloud services',
  infrastructure: 'Infrastructure, DevOps and CI/CD',
  'quality-governance': 'Quality, governance and privacy',
  observability: 'Observability and cost',
  'machine-learning': 'Machine learning and GenAI',
  career: 'Career, interviews and certification',
};

/** Kinds of external material a resource can be. */
export const resourceKinds = [
  'book',
  'course',
  'docs',
  'blog',
  'podcast',
  'video',
  'case-study',
  'certification',
  'paper',
  'community',
] as const;

/** Kinds of block inside a plan week. */
export const blockKinds = ['day', 'study', 'lab', 'practice', 'project'] as const;
