/**
 * What learners type, and the page each query must find (or one of several equally right pages). The search-quality suite needs at least
 * 90% of these in the top three results. Add a query whenever a reader could not find something.
 */
export const SEARCH_QUERIES: Array<{ query: string; expect: string | string[] }> = [
  // Names and acronyms of topics
  { query: 'Kafka', expect: '/topics/apache-kafka/' },
  { query: 'CDC', expect: '/topics/change-data-capture/' },
  { query: 'SCD', expect: '/topics/slowly-changing-dimensions/' },
  { query: 'IaC', expect: '/topics/infrastructure-as-code/' },
  { query: 'Terraform', expect: '/topics/infrastructure-as-code/' },
  { query: 'dbt', expect: '/topics/dbt/' },
  { query: 'Airflow', expect: '/topics/apache-airflow/' },
  { query: 'medallion', expect: '/topics/medallion-architecture/' },
  { query: 'data vault', expect: '/topics/data-vault/' },
  { query: 'Iceberg', expect: '/topics/apache-iceberg/' },
  { query: 'K8s', expect: '/topics/kubernetes/' },
  { query: 'exactly-once', expect: '/topics/streaming-semantics/' },
  { query: 'Glue crawler', expect: '/topics/aws-glue/' },
  { query: 'Athena', expect: '/topics/aws-athena/' },
  { query: 'GDPR', expect: '/topics/data-privacy/' },
  { query: 'lineage', expect: '/topics/data-lineage/' },
  { query: 'Great Expectations', expect: '/topics/data-quality/' },
  { query: 'SLO', expect: '/topics/slas-and-slos/' },
  { query: 'star schema', expect: '/topics/dimensional-modeling/' },
  { query: 'Kimball', expect: '/topics/dimensional-modeling/' },
  { query: 'DBX-DEA', expect: '/topics/certifications/' },
  { query: 'story bank', expect: '/topics/behavioral-interviews/' },
  // Projects and tasks
  { query: 'CSV to PostgreSQL', expect: '/projects/01-csv-to-postgresql-loader/' },
  { query: 'fraud detection', expect: '/projects/27-real-time-fraud-detection-system/' },
  { query: 'web scraping pipeline', expect: '/projects/02-web-scraping-pipeline/' },
  { query: 'feature store project', expect: '/projects/24-ml-feature-store/' },
  { query: 'capstone enterprise data platform', expect: '/projects/learning-path-capstone-enterprise-data-platform/' },
  { query: 'Handle encoding issues', expect: '/projects/01-csv-to-postgresql-loader/' },
  // Templates and checklists
  { query: 'ADR template', expect: '/templates/study-plan-adr-template/' },
  { query: 'daily study log', expect: '/templates/study-plan-daily-study-log/' },
  { query: 'weekly micro-plan', expect: '/templates/study-plan-weekly-micro-plan/' },
  { query: 'readiness checklist', expect: '/checklists/senior-resources-readiness/' },
  { query: 'environment setup', expect: '/checklists/study-plan-environment-setup/' },
  { query: 'skills checklist', expect: '/checklists/projects-skills-checklist/' },
  // Plans and weeks
  { query: 'Data Engineer Learning Path', expect: '/plans/learning-path-10-week/' },
  { query: 'week 5 Kafka structured streaming contracts', expect: '/plans/senior-study-plan-2025/week-5/' },
  { query: 'data modeling storage systems week', expect: '/plans/learning-path-10-week/week-1/' },
  // Guides and reading
  { query: 'interview preparation', expect: '/guides/interview-guide/preparation/' },
  // Any reading list that recommends the book will do.
  { query: 'Designing Data-Intensive Applications', expect: ['/reading/senior-resources-reading/', '/reading/study-plan-reading/', '/reading/learning-path-library/', '/reading/interview-materials/'] },
  { query: 'learning tips', expect: '/guides/thirty-projects/learning-tips/' },
];
