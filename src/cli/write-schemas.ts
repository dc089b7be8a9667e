/** `npm run schema`: rewrites course.schema.json and its siblings from the zod schema. */
import { writeFileSync } from 'node:fs';
import { runCommand } from './cli-output.ts';
import { renderJsonSchema, SCHEMA_FILES } from './json-schemas.ts';

await runCommand(() => {
  for (const name of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
    writeFileSync(name, renderJsonSchema(name));
    console.log(`wrote ${name}`);
  }
  return 0;
});
