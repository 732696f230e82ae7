import { describe, expect, it } from 'vitest';
import { label, topicNeighbourhood, wrappedLabel } from '../../../src/diagrams/mermaid-source';

describe('generated diagram sources', () => {
  it('escape labels', () => {
    expect(label('Say "hi" <b>\nnow')).toBe('Say #quot;hi#quot; #lt;b#gt; now');
  });

  it('draw a topic neighbourhood with accessible title, description and links', () => {
    const code = topicNeighbourhood(
      { id: 'apache-kafka', label: 'Apache Kafka' },
      [{ id: 'apache-flink', label: 'Apache Flink', href: '/topics/apache-flink/' }],
      [{ id: '15-kafka', label: 'Kafka "Basics"', href: '/projects/15-kafka/' }],
    );
    expect(code).toContain('accTitle: Neighbourhood of Apache Kafka');
    expect(code).toContain(
      'accDescr: Apache Kafka and what links to it. related topics: Apache Flink; projects: Kafka "Basics"',
    );
    expect(code).toContain('t_apache_kafka --- t_apache_flink["Apache Flink"]');
    // Labels wrap into lines of about 14 characters, so the three columns fit a phone.
    expect(code).toContain('p_15_kafka[/"Kafka<br/>#quot;Basics#quot;"/] --> t_apache_kafka');
    expect(code).toContain('click p_15_kafka "/projects/15-kafka/"');
  });

  it('wrap labels at word boundaries, never splitting a word, and escape them first', () => {
    expect(wrappedLabel('Real-Time Fraud Detection System', 14)).toBe(
      'Real-Time<br/>Fraud<br/>Detection<br/>System',
    );
    expect(wrappedLabel('Change data capture', 14)).toBe('Change data<br/>capture');
    expect(wrappedLabel('check_source_ready_and_more', 10)).toBe('check_source_ready_and_more');
    expect(wrappedLabel('A <b> "c"', 40)).toBe('A #lt;b#gt; #quot;c#quot;');
  });
});
