// Writes the frontmatter of a new entry from its collection's schema, so `npm run new` never
// restates a field: the schema is turned into JSON Schema with Zod's own `z.toJSONSchema()`
// (input side: what an author writes), and each field becomes either a line to fill in (required
// fields, with a `TODO:` placeholder that says what belongs there) or a commented-out example
// (optional fields), each under its `.describe()` text. A reference field is recognised by the
// `reference` metadata of the stand-in `reference()` that `scaffoldSchema()` passes the schema.
import { z } from 'astro/zod';
import { contentModel, type ContentCollection } from '../../src/content-model.ts';

/** The part of JSON Schema that Zod writes for our schemas. */
export interface FieldSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  format?: string;
  reference?: string;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  anyOf?: FieldSchema[];
  minItems?: number;
  default?: unknown;
}

/** A collection's schema as JSON Schema, references marked with the collection they name. */
export function scaffoldSchema(collection: ContentCollection): FieldSchema {
  const reference = (target: string) => z.string().meta({ reference: target });
  const schema = contentModel[collection].schema(reference as never);
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as FieldSchema;
}

const q = (text: string) => JSON.stringify(text);

/** The first alternative of a union (plain text before `{ id, text }` for a checklist item). */
const simplest = (field: FieldSchema): FieldSchema => field.anyOf?.[0] ?? field;

/** What a reference placeholder asks for: "id of a topic (its file name in …)". */
function referenceHint(target: string): string {
  const model = (contentModel as Record<string, (typeof contentModel)[ContentCollection]>)[target];
  if (!model) return `id of a page in src/content/${target}/ (its path, without the extension)`;
  const one = model.label.one.toLowerCase();
  return `id of a ${one} (its file name in src/content/${model.folder}/, without .${model.extensions[0]})`;
}

/** The `TODO:` placeholder for a required value, as YAML. */
function placeholder(field: FieldSchema): string {
  const f = simplest(field);
  if (f.reference) return q(`TODO: ${referenceHint(f.reference)}`);
  if (f.enum) return q(`TODO: one of ${f.enum.join(', ')}`);
  if (f.format === 'date') return q('TODO: a date, YYYY-MM-DD');
  if (f.type === 'integer' || f.type === 'number') return q('TODO: a number');
  const hint = (f.description ?? 'a value').replace(/\.$/, '');
  return q(`TODO: ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`);
}

/** A short example of a value, for the comment that shows an optional field. */
function example(field: FieldSchema): string {
  const f = simplest(field);
  if (f.reference) return `<${f.reference} id>`;
  if (f.enum) return f.enum.join(' | ');
  if (f.format === 'date') return 'YYYY-MM-DD';
  if (f.type === 'integer' || f.type === 'number') return '1';
  if (f.type === 'boolean') return 'true';
  if (f.type === 'array' && f.items) return `[${example(f.items)}, …]`;
  if (f.type === 'object' && f.properties) {
    // Required keys only: the lines above name the optional ones.
    const required = new Set(f.required ?? []);
    const keys = Object.entries(f.properties).filter(([key]) => required.has(key));
    const more = keys.length < Object.keys(f.properties).length ? ', …' : '';
    return `{ ${keys.map(([key, value]) => `${key}: ${example(value)}`).join(', ')}${more} }`;
  }
  return '"…"';
}

/** Comment lines of at most `width` characters. */
function comment(text: string, indent: string, width = 98): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > width) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

/** What a nested object's fields are, for the comment under an optional field. */
function nestedDocs(field: FieldSchema, indent: string): string[] {
  const f = simplest(field);
  const object = f.type === 'array' && f.items ? simplest(f.items) : f;
  if (object.type !== 'object' || !object.properties) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([key, value]) =>
    value.description
      ? comment(`- ${key}${required.has(key) ? '' : ' (optional)'}: ${value.description}`, indent)
      : [],
  );
}

/** The YAML lines of a required field, its value a placeholder unless `values` gives one. */
function requiredField(
  name: string,
  field: FieldSchema,
  indent: string,
  values: Record<string, unknown>,
): string[] {
  const lines = field.description ? comment(field.description, indent) : [];
  if (name in values) return [...lines, `${indent}${name}: ${yamlValue(values[name])}`];
  const f = simplest(field);
  if (f.type === 'array' && f.items) {
    const item = simplest(f.items);
    if (item.type === 'object' && item.properties) {
      return [
        ...lines,
        `${indent}${name}:`,
        `${indent}  -`,
        ...objectLines(item, `${indent}    `, {}),
      ];
    }
    return [...lines, `${indent}${name}:`, `${indent}  - ${placeholder(item)}`];
  }
  if (f.type === 'object' && f.properties)
    return [...lines, `${indent}${name}:`, ...objectLines(f, `${indent}  `, {})];
  return [...lines, `${indent}${name}: ${placeholder(f)}`];
}

/** An optional field, commented out: its description, then an example to uncomment. */
function optionalField(name: string, field: FieldSchema, indent: string): string[] {
  return [
    ...comment(`${name} (optional): ${field.description ?? ''}`, indent),
    ...nestedDocs(field, indent),
    `${indent}#   ${name}: ${example(field)}`,
  ];
}

function objectLines(
  object: FieldSchema,
  indent: string,
  values: Record<string, unknown>,
): string[] {
  const required = new Set(object.required ?? []);
  const entries = Object.entries(object.properties ?? {});
  const mandatory = entries.filter(([name]) => required.has(name) || name in values);
  const optional = entries.filter(([name]) => !required.has(name) && !(name in values));
  // A field without a description could not tell the author what it is for: a schema mistake.
  const undocumented = entries.filter(([, field]) => !field.description).map(([name]) => name);
  if (undocumented.length)
    throw new Error(`schema field(s) without a description: ${undocumented.join(', ')}`);
  return [
    ...mandatory.flatMap(([name, field]) => requiredField(name, field, indent, values)),
    ...optional.flatMap(([name, field]) => optionalField(name, field, indent)),
  ];
}

/** A known value as YAML: ids bare (`plan: my-plan`), other text quoted. */
const yamlValue = (value: unknown) =>
  typeof value === 'string' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? q(value) : String(value);

/**
 * The frontmatter (or YAML document) of a new entry of `collection`: required fields to fill in,
 * then the optional ones commented out. `values` fills fields the command already knows (title).
 */
export function scaffoldFields(
  collection: ContentCollection,
  values: Record<string, unknown>,
): string {
  return `${objectLines(scaffoldSchema(collection), '', values).join('\n')}\n`;
}
