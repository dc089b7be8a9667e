/** `npm run schema`: rewrites course.schema.json and its siblings from the zod schema, and docs/errors.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runCommand } from './cli-output.ts';
import { ERROR_DOCS_FILE, renderErrorDocs } from './error-docs.ts';
import { renderJsonSchema, SCHEMA_FILES } from './json-schemas.ts';

await runCommand(() => {
  for (const name of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
    writeFileSync(name, renderJsonSchema(name));
    console.log(`wrote ${name}`);
  }
  mkdirSync(dirname(ERROR_DOCS_FILE), { recursive: true });
  writeFileSync(ERROR_DOCS_FILE, renderErrorDocs());
  console.log(`wrote ${ERROR_DOCS_FILE}`);
  return 0;
});
