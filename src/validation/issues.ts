/**
 * Zod issues as messages a writer can act on: the field, what is wrong, what is allowed and the
 * likely fix. The allowed field names come from the schema's JSON Schema (Zod's public
 * `toJSONSchema`), not from Zod's internal definitions.
 */
import { z } from 'astro/zod';
import { fieldPath, type ValuePath } from './locate';
import { didYouMean } from './suggest';

interface DescribedIssue {
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
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text && text.length > 40 ? `${text.slice(0, 37)}…` : text);
};

/** One Zod issue (or several, for unknown keys) as described problems. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema?: z.ZodType,
  references: Readonly<Record<string, string>> = {},
): DescribedIssue[] {
  const path = issue.path as ValuePath;
  const value = valueAt(data, path);
  // Reference fields are keyed `blocks[].topic`: the path with every list index as `[]`.
  const target =
    references[
      path
        .map((s, i) => (typeof s === 'number' ? '[]' : i === 0 ? String(s) : `.${String(s)}`))
        .join('')
    ];
  const at = (p: ValuePath, message: string): DescribedIssue => ({
    path: p,
    field: fieldPath(p) || '(frontmatter)',
    message,
  });
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) {
    const values = issue.values.map(String);
    if (value === undefined)
      return [at(path, `required field is missing (allowed: ${values.join(', ')})`)];
    return [
      at(
        path,
        `${shown(value)} is not allowed (allowed: ${values.join(', ')}).${didYouMean(value, values)}`.replace(
          /\.$/,
          '',
        ),
      ),
    ];
  }
  if (target) {
    const allowed = `the id of an entry in ${target}: its file name below src/content/${target}/, without the extension`;
    return [
      at(
        path,
        value === undefined
          ? `required field is missing (allowed: ${allowed})`
          : `${shown(value)} is not allowed (allowed: ${allowed})`,
      ),
    ];
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    return issue.keys.map((key) =>
      at(
        [...path, key],
        allowed
          ? `unknown field "${key}" (allowed: ${allowed.join(', ')}).${didYouMean(key, allowed)}`.replace(
              /\.$/,
              '',
            )
          : `unknown field "${key}" (check its spelling against the schema)`,
      ),
    );
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    return [at(path, `required field is missing (allowed: ${expected})`)];
  }
  if (value === undefined) return [at(path, 'required field is missing')];
  if (issue.code === 'invalid_type') {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    // A schema's own wording ("must be a date written as YYYY-MM-DD") says it best.
    if (!/^Invalid input/.test(issue.message))
      return [at(path, `${issue.message}, not ${shown(value)}`)];
    return [at(path, `${shown(value)} is not allowed (allowed: ${expected})`)];
  }
  if (
    (issue.code === 'too_small' || issue.code === 'too_big') &&
    issue.origin === 'number' &&
    /^Too (small|big)/.test(issue.message)
  ) {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const words =
      issue.code === 'too_small'
        ? issue.inclusive
          ? 'at least'
          : 'greater than'
        : issue.inclusive
          ? 'at most'
          : 'less than';
    return [
      at(path, `${shown(value)} is not allowed (allowed: a number ${words} ${String(bound)})`),
    ];
  }
  return [at(path, issue.message)];
}
