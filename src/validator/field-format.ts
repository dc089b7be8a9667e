/**
 * What the course format asks of one translatable field: plain text or Markdown, and its
 * length limit. Read from the course's JSON Schema (generated from the zod schema), walked
 * along the field's path with the course itself to pick the right block type.
 */
import { z } from 'zod';
import { course as courseSchema } from '../course/course-schema.ts';
import type { JsonPath } from './problem.ts';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  type?: string | string[];
  const?: unknown;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  maxLength?: number;
  description?: string;
}

export interface FieldFormat {
  /** Markdown fields take the safe subset; plain fields are one line of text. */
  markdown: boolean;
  maxLength?: number;
}

let root: (Schema & { definitions?: Record<string, Schema> }) | undefined;

function resolve(schema: Schema): Schema {
  let at = schema;
  for (let hops = 0; hops < 20; hops++) {
    if (at.$ref) at = root!.definitions?.[at.$ref.replace('#/definitions/', '')] ?? {};
    else if (at.allOf?.length === 1)
      at = { ...at.allOf[0]!, ...(at.description ? { description: at.description } : {}) };
    else break;
  }
  return at;
}

const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** The branch of a union that fits `value`: the block whose `type` matches, else the first of the right JSON type. */
function branch(schema: Schema, value: unknown): Schema {
  const options = schema.oneOf ?? schema.anyOf;
  if (!options) return schema;
  const resolved = options.map(resolve);
  const tag = value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  return (
    resolved.find((option) => tag !== undefined && option.properties?.type?.const === tag) ??
    resolved.find((option) => [option.type].flat().includes(typeOf(value) === 'number' ? 'number' : typeOf(value))) ??
    resolved[0]!
  );
}

/** The format of the string at `path` in the raw course, or undefined when the schema has no such field. */
export function fieldFormat(rawCourse: unknown, path: JsonPath): FieldFormat | undefined {
  root ??= z.toJSONSchema(courseSchema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    reused: 'ref',
  }) as Schema;
  let schema: Schema = root;
  let value: unknown = rawCourse;
  for (const part of path) {
    schema = branch(resolve(schema), value);
    const next =
      typeof part === 'number'
        ? schema.items
        : (schema.properties?.[part] ??
          (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined));
    if (!next) return undefined;
    schema = next;
    value = (value as Record<string | number, unknown> | undefined)?.[part];
  }
  const leaf = branch(resolve(schema), value);
  const string = resolve(leaf);
  return {
    markdown: /^Markdown/.test(string.description ?? ''),
    ...(string.maxLength !== undefined ? { maxLength: string.maxLength } : {}),
  };
}
