import { describe, expect, it } from 'vitest';
import {
  learningMap,
  NO_TOPIC,
  primaryCategory,
  type MapProject,
  type MapTopic,
} from '../../src/lib/learning-map';

const vocabulary = {
  levels: ['beginner', 'intermediate', 'advanced'],
  categories: ['languages', 'streaming', 'cloud'],
  categoryLabels: { languages: 'Languages', streaming: 'Streaming', cloud: 'Cloud' },
};

const topic = (id: string, category: string): MapTopic => ({
  id,
  title: id.toUpperCase(),
  path: `/topics/${id}/`,
  category,
});
const sql = topic('sql', 'languages');
const python = topic('python', 'languages');
const kafka = topic('kafka', 'streaming');
const flink = topic('flink', 'streaming');
const s3 = topic('s3', 'cloud');

const project = (id: string, level: string, topics: MapTopic[]): MapProject => ({
  id,
  title: `P ${id}`,
  path: `/projects/${id}/`,
  level,
  topics,
});

describe('primaryCategory', () => {
  it('is the category most of the topics belong to', () =>
    expect(primaryCategory([sql, kafka, flink])).toBe('streaming'));
  it('goes to the lead topic on a tie', () => {
    expect(primaryCategory([s3, kafka])).toBe('cloud');
    expect(primaryCategory([kafka, s3, sql, python, flink, s3])).toBe('streaming');
  });
  it('is none without topics', () => expect(primaryCategory([])).toBeUndefined());
});

describe('learningMap', () => {
  const projects = [
    project('1-loader', 'beginner', [sql, python]),
    project('2-stream', 'beginner', [kafka, sql, flink]),
    project('3-lake', 'advanced', [s3, kafka]),
    project('4-bare', 'advanced', []),
  ];
  const map = learningMap(projects, vocabulary);

  it('lists every project once, by level in learning order, with its topics in its own order', () => {
    const listed = map.levels.flatMap((l) =>
      l.groups.flatMap((g) => g.projects.map((p) => [l.level, p.id, p.topics.map((t) => t.id)])),
    );
    expect(listed).toEqual([
      ['beginner', '1-loader', ['sql', 'python']],
      ['beginner', '2-stream', ['kafka', 'sql', 'flink']],
      ['advanced', '3-lake', ['s3', 'kafka']],
      ['advanced', '4-bare', []],
    ]);
  });

  it('leaves out levels with no project, and counts projects and distinct topics per level', () => {
    expect(map.levels.map((l) => [l.label, l.slug, l.projectCount, l.topicCount])).toEqual([
      ['Beginner', 'beginner', 2, 4],
      ['Advanced', 'advanced', 2, 2],
    ]);
  });

  it('groups a level by primary category in category order; projects without topics come last', () => {
    expect(map.levels.map((l) => l.groups.map((g) => g.label))).toEqual([
      ['Languages', 'Streaming'],
      ['Cloud', NO_TOPIC.label],
    ]);
  });

  it('counts, per category and level, the projects practising any topic of it', () => {
    expect(map.overview).toEqual([
      { category: 'languages', label: 'Languages', counts: [2, 0] },
      { category: 'streaming', label: 'Streaming', counts: [1, 1] },
      { category: 'cloud', label: 'Cloud', counts: [0, 1] },
    ]);
  });

  it('refuses a project whose level it does not know, rather than leaving it off the map', () => {
    expect(() => learningMap([project('9-odd', 'wizard', [])], vocabulary)).toThrow(
      /9-odd \(wizard\)/,
    );
  });

  it('grows linearly: ten times the projects give ten times the listed links', () => {
    const links = (n: number) => {
      const many = Array.from({ length: n }, (_, i) =>
        project(`p${i}`, vocabulary.levels[i % 3], [sql, kafka, s3]),
      );
      const m = learningMap(many, vocabulary);
      return m.levels.flatMap((l) =>
        l.groups.flatMap((g) =>
          g.projects.flatMap((p) => [p.path, ...p.topics.map((t) => t.path)]),
        ),
      ).length;
    };
    expect(links(300)).toBe(10 * links(30));
  });
});
