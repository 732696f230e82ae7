/**
 * Zod issues as messages a writer can act on: the field, what is wrong, what is allowed and the
 * likely fix. The allowed field names come from the schema's JSON Schema (Zod's public
 * `toJSONSchema`), not from Zod's internal definitions.
 */
import { z } from 'astro/zod';
import { fieldPath, type ValuePath } from './locate';
import { didYouMean } from './suggest';

export interface DescribedIssue {
  path: ValuePath;
  field: string;
  message: string;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

const jsonSchemas = new WeakMap<object, JsonSchema | null>();

function jsonSchemaOf(schema: z.ZodType): JsonSchema | undefined {
  if (!jsonSchemas.has(schema)) {
    let json: JsonSchema | null = null;
    try {
      json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    } catch {
      // A schema JSON Schema cannot describe: messages then say to check the spelling.
    }
    jsonSchemas.set(schema, json);
  }
  return jsonSchemas.get(schema) ?? undefined;
}

/** The object schema at `path`, looking through unions and list items. */
function objectAt(json: JsonSchema | undefined, path: ValuePath): JsonSchema | undefined {
  let current = json;
  for (const segment of path) {
    current = choose(current);
    if (!current) return undefined;
    current = typeof segment === 'number' ? current.items : current.properties?.[String(segment)];
  }
  return choose(current);
}

function choose(json: JsonSchema | undefined): JsonSchema | undefined {
  if (!json) return undefined;
  if (json.properties || json.items) return json;
  const options = json.anyOf ?? json.oneOf ?? json.allOf ?? [];
  return options.map(choose).find((o) => o?.properties) ?? options.map(choose).find(Boolean);
}

/** The field names allowed in the object at `path` of `schema`, if they can be told. */
export function allowedKeys(schema: z.ZodType | undefined, path: ValuePath): string[] | undefined {
  if (!schema) return undefined;
  const properties = objectAt(jsonSchemaOf(schema), path)?.properties;
  return properties ? Object.keys(properties) : undefined;
}

const valueAt = (data: unknown, path: ValuePath): unknown =>
  path.reduce<unknown>(
    (value, key) => (value == null ? undefined : (value as Record<PropertyKey, unknown>)[key]),
    data,
  );

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date written as YYYY-MM-DD',
};

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text && text.length > 40 ? `${text.slice(0, 37)}…` : text);
};

/** One Zod issue (or several, for unknown keys) as described problems. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema?: z.ZodType,
): DescribedIssue[] {
  const path = issue.path as ValuePath;
  const value = valueAt(data, path);
  const at = (p: ValuePath, message: string): DescribedIssue => ({
    path: p,
    field: fieldPath(p) || '(frontmatter)',
    message,
  });
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) {
    const values = issue.values.map(String);
    if (value === undefined) return [at(path, `required field is missing (allowed: ${values.join(', ')})`)];
    return [at(path, `${shown(value)} is not allowed (allowed: ${values.join(', ')}).${didYouMean(value, values)}`.replace(/\.$/, ''))];
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    return issue.keys.map((key) =>
      at(
        [...path, key],
        allowed
          ? `unknown field "${key}" (allowed: ${allowed.join(', ')}).${didYouMean(key, allowed)}`.replace(/\.$/, '')
          : `unknown field "${key}" (check its spelling against the schema)`,
      ),
    );
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    return [at(path, `required field is missing (allowed: ${expected})`)];
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    const custom = /^Invalid input/.test(issue.message) ? '' : `${issue.message}; `;
    return [at(path, `${custom}${shown(value)} is not allowed (allowed: ${expected})`)];
  }
  return [at(path, issue.message)];
}
