/** Parses one JSON file and checks it against a zod schema, with located problems. */
import { z } from 'zod';
import type { EmptyFile } from './error-catalogue.ts';
import { type JsonSource, parseJsonSource } from './json-source.ts';
import type { Problem } from './problem.ts';
import { SCHEMA_PARSE_OPTIONS, schemaProblems } from './schema-messages.ts';

const knownFieldsCache = new WeakMap<z.ZodType, Set<string>>();

/** Every field name a schema allows anywhere, for "did you mean" suggestions. */
export function knownFields(schema: z.ZodType): Set<string> {
  const cached = knownFieldsCache.get(schema);
  if (cached) return cached;
  const fields = new Set<string>();
  {
    const collect = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(collect);
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value && typeof value === 'object')
          for (const name of Object.keys(value)) fields.add(name);
        collect(value);
      }
    };
    collect(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    knownFieldsCache.set(schema, fields);
  }
  return fields;
}

export interface FileResult<T> {
  value?: T;
  source?: JsonSource;
  problems: Problem[];
}

/** Parses `text` as JSON and validates it with `schema`. `value` is set only when there are no problems. */
export function validateJsonFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  whenEmpty?: EmptyFile,
): FileResult<z.output<S>> {
  const { source, problems } = parseJsonSource(file, text, whenEmpty);
  if (!source) return { problems };
  const result = schema.safeParse(source.value, SCHEMA_PARSE_OPTIONS);
  if (!result.success) {
    // A reserved key is already reported; the schema would only add that it is unknown.
    const reserved = new Set(problems.filter((p) => p.rule === 'reserved-key').map((p) => p.path));
    const found = schemaProblems(result.error.issues, source, knownFields(schema));
    problems.push(...found.filter((p) => !reserved.has(p.path)));
  }
  return problems.length ? { source, problems } : { source, value: result.data as z.output<S>, problems };
}
