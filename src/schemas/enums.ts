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
export type ResourceKind = (typeof resourceKinds)[number];

/** Kinds of block inside a plan week. */
export const blockKinds = ['day', 'study', 'lab', 'practice', 'project'] as const;
export type BlockKind = (typeof blockKinds)[number];

/**
 * The source documents the content is taken from, keyed by a stable id. `file` is the seed's
 * file name, so a reader can trace every entry back to its origin.
 */
export const sources = {
  'senior-resources': { file: '000_493ecde8e7c8774f.txt', title: 'Senior-level resources outline' },
  'senior-study-plan': { file: '001_8023ad3090c155fd.txt', title: 'Senior Data Engineering Study Plan (Aug 19 – Oct 18, 2025)' },
  'thirty-projects': { file: '002_685510b3ae5b56cf.txt', title: '30 Data Engineering Projects: Beginner to Expert' },
  'interview-guide': { file: '003_ef29f3ae4afeadcd.txt', title: 'Senior Data Engineer interview preparation guide' },
  'learning-path': { file: '004_11ca09d07e9a7653.txt', title: 'Data Engineer Learning Path (10 weeks)' },
} as const;
export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];
