/**
 * What a dataset holds, computed at build time by loading it into PGlite: its tables (with the
 * partitions of a partitioned table), their columns and types, and their row counts. Memoized per
 * dataset text for the whole build, so every page that shows a dataset loads it once.
 */
import { PGlite } from '@electric-sql/pglite';
import { resetDatabase } from './check';
import { pgliteSession } from './pglite-session';

interface TableFacts {
  name: string;
  columns: Array<{ name: string; type: string }>;
  rows: number;
  /** The partitioned table this one is a partition of. */
  partitionOf?: string | undefined;
  partitioned: boolean;
}

export interface DatasetFacts {
  tables: TableFacts[];
}

const KEY = Symbol.for('atlas.practice.dataset-facts');
const cache = ((globalThis as unknown as Record<symbol, Map<string, Promise<DatasetFacts>>>)[
  KEY
] ??= new Map());
let database: Promise<PGlite> | undefined;

async function compute(sql: string): Promise<DatasetFacts> {
  database ??= PGlite.create();
  const session = pgliteSession(await database);
  await resetDatabase(session, sql);
  const [tables] = await session.exec(`
    SELECT c.relname, c.relkind = 'p' AS partitioned, p.relname AS parent
    FROM pg_class AS c
    LEFT JOIN pg_inherits AS i ON i.inhrelid = c.oid
    LEFT JOIN pg_class AS p ON p.oid = i.inhparent
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
    ORDER BY coalesce(p.relname, c.relname), p.relname IS NOT NULL, c.relname`);
  const [columns] = await session.exec(`
    SELECT table_name, column_name, data_type
    FROM information_schema.columns
    WHERE table_schema = 'public'
    ORDER BY table_name, ordinal_position`);
  const facts: TableFacts[] = [];
  for (const [name, partitioned, parent] of tables.rows) {
    const table = name ?? '';
    const [count] = await session.exec(`SELECT count(*) FROM ONLY public."${table}"`);
    const [all] = await session.exec(`SELECT count(*) FROM public."${table}"`);
    facts.push({
      name: table,
      partitioned: partitioned === 't',
      partitionOf: parent ?? undefined,
      rows: Number(partitioned === 't' ? all.rows[0][0] : count.rows[0][0]),
      columns: columns.rows
        .filter((c) => c[0] === table)
        .map(([, column, type]) => ({ name: column ?? '', type: type ?? '' })),
    });
  }
  return { tables: facts };
}

export function datasetFacts(sql: string): Promise<DatasetFacts> {
  let facts = cache.get(sql);
  if (!facts) {
    facts = compute(sql);
    cache.set(sql, facts);
  }
  return facts;
}
