/**
 * What learners type, and the page each query must find (or one of several equally right pages).
 * Each query has a kind, so the search-quality suite can report how each kind of query fares.
 * Add a query whenever a reader could not find something.
 */
export type SearchQueryKind =
  'name' | 'acronym' | 'misspelled' | 'question' | 'comparison' | 'schedule' | 'odd';

export interface SearchQuery {
  query: string;
  kind: SearchQueryKind;
  /** The page to find, or several pages that answer the query equally well. */
  expect: string | string[];
}

const topic = (id: string) => `/topics/${id}/`;
const readingLists = [
  '/reading/senior-resources-reading/',
  '/reading/study-plan-reading/',
  '/reading/learning-path-library/',
  '/reading/interview-materials/',
];

export const SEARCH_QUERIES: SearchQuery[] = [
  // Names of topics, projects, templates, checklists, plans and guides, typed as they are written
  { kind: 'name', query: 'Kafka', expect: topic('apache-kafka') },
  { kind: 'name', query: 'Terraform', expect: topic('infrastructure-as-code') },
  { kind: 'name', query: 'dbt', expect: topic('dbt') },
  { kind: 'name', query: 'Airflow', expect: topic('apache-airflow') },
  { kind: 'name', query: 'medallion', expect: topic('medallion-architecture') },
  { kind: 'name', query: 'data vault', expect: topic('data-vault') },
  { kind: 'name', query: 'Iceberg', expect: topic('apache-iceberg') },
  { kind: 'name', query: 'exactly-once', expect: topic('streaming-semantics') },
  { kind: 'name', query: 'Glue crawler', expect: topic('aws-glue') },
  { kind: 'name', query: 'Athena', expect: topic('aws-athena') },
  { kind: 'name', query: 'lineage', expect: topic('data-lineage') },
  { kind: 'name', query: 'Great Expectations', expect: topic('data-quality') },
  { kind: 'name', query: 'star schema', expect: topic('dimensional-modeling') },
  { kind: 'name', query: 'Kimball', expect: topic('dimensional-modeling') },
  { kind: 'name', query: 'story bank', expect: topic('behavioral-interviews') },
  { kind: 'name', query: 'CSV to PostgreSQL', expect: '/projects/01-csv-to-postgresql-loader/' },
  {
    kind: 'name',
    query: 'fraud detection',
    expect: '/projects/27-real-time-fraud-detection-system/',
  },
  { kind: 'name', query: 'web scraping pipeline', expect: '/projects/02-web-scraping-pipeline/' },
  { kind: 'name', query: 'feature store project', expect: '/projects/24-ml-feature-store/' },
  {
    kind: 'name',
    query: 'capstone enterprise data platform',
    expect: '/projects/learning-path-capstone-enterprise-data-platform/',
  },
  {
    kind: 'name',
    query: 'Handle encoding issues',
    expect: '/projects/01-csv-to-postgresql-loader/',
  },
  { kind: 'name', query: 'ADR template', expect: '/templates/study-plan-adr-template/' },
  { kind: 'name', query: 'daily study log', expect: '/templates/study-plan-daily-study-log/' },
  { kind: 'name', query: 'weekly micro-plan', expect: '/templates/study-plan-weekly-micro-plan/' },
  { kind: 'name', query: 'readiness checklist', expect: '/checklists/senior-resources-readiness/' },
  { kind: 'name', query: 'environment setup', expect: '/checklists/study-plan-environment-setup/' },
  { kind: 'name', query: 'skills checklist', expect: '/checklists/projects-skills-checklist/' },
  { kind: 'name', query: 'Data Engineer Learning Path', expect: '/plans/learning-path-10-week/' },
  {
    kind: 'name',
    query: 'week 5 Kafka structured streaming contracts',
    expect: '/plans/senior-study-plan-2025/week-5/',
  },
  {
    kind: 'name',
    query: 'data modeling storage systems week',
    expect: '/plans/learning-path-10-week/week-1/',
  },
  { kind: 'name', query: 'interview preparation', expect: '/guides/interview-guide/preparation/' },
  // Any reading list that recommends the book will do.
  { kind: 'name', query: 'Designing Data-Intensive Applications', expect: readingLists },
  { kind: 'name', query: 'learning tips', expect: '/guides/thirty-projects/learning-tips/' },

  // Acronyms
  { kind: 'acronym', query: 'CDC', expect: topic('change-data-capture') },
  { kind: 'acronym', query: 'SCD', expect: topic('slowly-changing-dimensions') },
  { kind: 'acronym', query: 'IaC', expect: topic('infrastructure-as-code') },
  { kind: 'acronym', query: 'K8s', expect: topic('kubernetes') },
  { kind: 'acronym', query: 'GDPR', expect: topic('data-privacy') },
  { kind: 'acronym', query: 'SLO', expect: topic('slas-and-slos') },
  { kind: 'acronym', query: 'DBX-DEA', expect: topic('certifications') },
  { kind: 'acronym', query: 'DSA', expect: topic('python-dsa') },
  { kind: 'acronym', query: 'EMR', expect: topic('aws-emr') },
  { kind: 'acronym', query: 'IAM', expect: topic('aws-iam') },
  { kind: 'acronym', query: 'CQRS', expect: topic('event-sourcing-and-cqrs') },
  { kind: 'acronym', query: 'FinOps', expect: topic('cost-optimization') },
  { kind: 'acronym', query: 'MSK', expect: topic('apache-kafka') },
  { kind: 'acronym', query: 'PII', expect: topic('data-privacy') },

  // Misspelled names: two letters swapped, one missing, one doubled, one wrong
  { kind: 'misspelled', query: 'kafak', expect: topic('apache-kafka') },
  { kind: 'misspelled', query: 'airflwo', expect: topic('apache-airflow') },
  { kind: 'misspelled', query: 'postgressql', expect: topic('postgresql') },
  { kind: 'misspelled', query: 'kubernets', expect: topic('kubernetes') },
  { kind: 'misspelled', query: 'terrafrom', expect: topic('infrastructure-as-code') },
  { kind: 'misspelled', query: 'databrciks', expect: topic('databricks') },
  { kind: 'misspelled', query: 'icberg', expect: topic('apache-iceberg') },
  { kind: 'misspelled', query: 'apache sprak', expect: topic('apache-spark') },
  { kind: 'misspelled', query: 'medalion architecture', expect: topic('medallion-architecture') },
  { kind: 'misspelled', query: 'idempotancy', expect: topic('idempotency-and-retries') },
  { kind: 'misspelled', query: 'flinkk', expect: topic('apache-flink') },
  { kind: 'misspelled', query: 'athnea', expect: topic('aws-athena') },
  { kind: 'misspelled', query: 'lakehosue', expect: topic('lakehouse') },
  { kind: 'misspelled', query: 'obervability', expect: topic('observability') },
  { kind: 'misspelled', query: 'change data captrue', expect: topic('change-data-capture') },
  { kind: 'misspelled', query: 'snowflak vs bigqeury', expect: topic('cloud-data-warehouses') },

  // Questions, written the way they are asked
  { kind: 'question', query: 'how to handle late data', expect: topic('streaming-semantics') },
  {
    kind: 'question',
    query: 'what is a watermark in streaming',
    expect: topic('streaming-semantics'),
  },
  { kind: 'question', query: 'what is a data contract', expect: topic('data-contracts') },
  {
    kind: 'question',
    query: 'how do I make a pipeline idempotent',
    expect: topic('idempotency-and-retries'),
  },
  {
    kind: 'question',
    query: 'what is the difference between a data lake and a lakehouse',
    expect: topic('lakehouse'),
  },
  {
    kind: 'question',
    query: 'how to keep history of changing dimension rows',
    expect: topic('slowly-changing-dimensions'),
  },
  {
    kind: 'question',
    query: 'how do I prepare for a system design interview',
    expect: [
      topic('system-design'),
      topic('mock-interviews'),
      '/guides/interview-guide/preparation/',
    ],
  },
  {
    kind: 'question',
    query: 'how to write an architecture decision record',
    expect: ['/templates/study-plan-adr-template/', topic('design-docs-and-adrs')],
  },
  {
    kind: 'question',
    query: 'what should I install on day 1',
    expect: '/checklists/study-plan-environment-setup/',
  },
  { kind: 'question', query: 'how to reduce cloud costs', expect: topic('cost-optimization') },
  {
    kind: 'question',
    query: 'how do I know I am ready for a senior role',
    expect: '/checklists/senior-resources-readiness/',
  },
  { kind: 'question', query: 'how to monitor data pipelines', expect: topic('observability') },
  {
    kind: 'question',
    query: 'what is exactly once delivery',
    expect: topic('streaming-semantics'),
  },

  // Comparisons
  { kind: 'comparison', query: 'ETL vs ELT', expect: topic('etl-vs-elt') },
  {
    kind: 'comparison',
    query: 'what is the difference between etl and elt',
    expect: topic('etl-vs-elt'),
  },
  {
    kind: 'comparison',
    query: 'kafka vs kinesis',
    expect: [topic('apache-kafka'), topic('aws-kinesis')],
  },
  // Comparisons that are sections of one topic page: that page must come first.
  { kind: 'comparison', query: 'Kafka vs Kinesis vs Pub/Sub', expect: topic('aws-kinesis') },
  { kind: 'comparison', query: 'Iceberg vs Delta vs Hudi', expect: topic('apache-iceberg') },
  { kind: 'comparison', query: 'Spark vs Flink', expect: topic('spark-structured-streaming') },
  {
    kind: 'comparison',
    query: 'Star vs snowflake vs data vault',
    expect: topic('dimensional-modeling'),
  },
  { kind: 'comparison', query: 'Lambda vs Kappa', expect: topic('lambda-architecture') },
  {
    kind: 'comparison',
    query: 'Batch vs micro-batch vs streaming',
    expect: topic('streaming-semantics'),
  },
  { kind: 'comparison', query: 'Parquet vs ORC vs Avro', expect: topic('file-formats') },
  {
    kind: 'comparison',
    query: 'Airflow vs Dagster vs Prefect',
    expect: topic('dagster-and-prefect'),
  },
  {
    kind: 'comparison',
    query: 'Snowflake vs BigQuery vs Redshift vs Databricks SQL',
    expect: topic('cloud-data-warehouses'),
  },
  { kind: 'comparison', query: 'SQL or NoSQL', expect: topic('sql-vs-nosql') },
  { kind: 'comparison', query: 'OLTP vs OLAP', expect: topic('oltp-vs-olap') },
  {
    kind: 'comparison',
    query: 'delta lake vs iceberg',
    expect: [topic('delta-lake'), topic('apache-iceberg'), topic('lakehouse')],
  },
  {
    kind: 'comparison',
    query: 'lambda vs kappa architecture',
    expect: [topic('lambda-architecture'), topic('kappa-architecture')],
  },
  {
    kind: 'comparison',
    query: 'difference between star schema and data vault',
    expect: [topic('dimensional-modeling'), topic('data-vault')],
  },
  {
    kind: 'comparison',
    query: 'airflow or dagster',
    expect: [topic('apache-airflow'), topic('dagster-and-prefect')],
  },
  {
    kind: 'comparison',
    query: 'spark vs flink',
    expect: [topic('apache-spark'), topic('apache-flink'), topic('spark-structured-streaming')],
  },
  { kind: 'comparison', query: 'parquet vs avro', expect: topic('file-formats') },
  { kind: 'comparison', query: 'ACID vs BASE', expect: topic('acid-vs-base') },
  {
    kind: 'comparison',
    query: 'athena or redshift',
    expect: [topic('aws-athena'), topic('cloud-data-warehouses')],
  },
  { kind: 'comparison', query: 'snowflake vs bigquery', expect: topic('cloud-data-warehouses') },
  {
    kind: 'comparison',
    query: 'trino versus athena',
    expect: [topic('trino'), topic('aws-athena')],
  },

  // Schedule and time phrases
  {
    kind: 'schedule',
    query: 'daily 8 hour study plan',
    expect: '/templates/study-plan-daily-8-hour-template/',
  },
  {
    kind: 'schedule',
    query: 'how many hours a day should I study',
    expect: '/templates/study-plan-daily-8-hour-template/',
  },
  {
    kind: 'schedule',
    query: 'how many weeks is the learning path',
    expect: '/plans/learning-path-10-week/',
  },
  {
    kind: 'schedule',
    query: 'how long do the 30 projects take',
    expect: '/plans/thirty-projects-timeline/',
  },
  { kind: 'schedule', query: '9 week study plan', expect: '/plans/senior-study-plan-2025/' },
  { kind: 'schedule', query: '10 week plan', expect: '/plans/learning-path-10-week/' },
  {
    kind: 'schedule',
    query: 'what to do each day of the week',
    expect: '/templates/study-plan-weekly-micro-plan/',
  },
  {
    kind: 'schedule',
    query: 'hours per week for the learning path',
    expect: '/plans/learning-path-10-week/',
  },
  { kind: 'schedule', query: 'three phase plan', expect: '/plans/senior-readiness-3-phase/' },
  {
    kind: 'schedule',
    query: 'study plan august to october',
    expect: '/plans/senior-study-plan-2025/',
  },
  {
    kind: 'schedule',
    query: 'week 3 of the senior study plan',
    expect: '/plans/senior-study-plan-2025/week-3/',
  },
  {
    kind: 'schedule',
    query: 'log what I studied today',
    expect: '/templates/study-plan-daily-study-log/',
  },

  // Odd wording: other spellings, short forms, loose phrases
  { kind: 'odd', query: 'postgres', expect: topic('postgresql') },
  { kind: 'odd', query: 'spark streaming', expect: topic('spark-structured-streaming') },
  { kind: 'odd', query: 'S3', expect: topic('aws-s3') },
  { kind: 'odd', query: 'infra as code', expect: topic('infrastructure-as-code') },
  { kind: 'odd', query: 'data catalogue', expect: topic('data-catalog') },
  { kind: 'odd', query: 'normalization', expect: topic('normalization') },
  { kind: 'odd', query: 'behavioral interview', expect: topic('behavioral-interviews') },
  { kind: 'odd', query: 'KAFKA CONNECT', expect: topic('apache-kafka') },
  { kind: 'odd', query: '  dbt   models  ', expect: topic('dbt') },
];

/** Input that must never break the dialog: it shows a message and no error, whatever it finds. */
export const BAD_INPUT_QUERIES: string[] = [
  '',
  '   ',
  '?!.,;:',
  '***',
  '<script>alert(1)</script>',
  '<b>kafka</b>',
  '"; DROP TABLE pages; --',
  'kafka '.repeat(60),
  'a'.repeat(300),
  '🚀 data',
];
