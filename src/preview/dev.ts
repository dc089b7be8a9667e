/**
 * `npm run dev [-- --zip <file>] [--port <n>]`: the author preview on Vite's dev server.
 * With --zip, a built package plays beside the courses in the LMS inspector, from its own
 * index.html and media, and the address printed opens it under the LMS it was built for.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { ENDPOINT } from './preview-types.ts';
import { courseHref } from './route.ts';
import { loadZipCourse } from './zip-course.ts';

const USAGE = 'Usage: npm run dev [-- --zip <package.zip>] [--port <number>]';
const ROOT = resolve(import.meta.dirname, '..', '..');

async function main(argv: string[]): Promise<number> {
  let values: { zip?: string; port?: string };
  try {
    values = parseArgs({ args: argv, options: { zip: { type: 'string' }, port: { type: 'string' } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  let zipHash = '';
  if (values.zip) {
    const file = resolve(values.zip);
    // Checked before the server starts, so a wrong path is one clear line rather than a page that never loads.
    const loaded = existsSync(file)
      ? await loadZipCourse(file, process.cwd(), () => `${ENDPOINT}/zip-media/`)
      : { error: `${values.zip} does not exist.` };
    if ('error' in loaded) {
      console.error(loaded.error);
      return 1;
    }
    process.env.PSS_PREVIEW_ZIP = file;
    zipHash = courseHref(loaded.key, undefined, loaded.standard);
  }
  const server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    ...(values.port ? { server: { port: Number(values.port), strictPort: true } } : {}),
  });
  await server.listen();
  server.printUrls();
  const url = server.resolvedUrls?.local[0];
  if (zipHash && url) console.log(`\n  The package plays at ${url}${zipHash}\n`);
  // The server runs until the person stops it (Ctrl+C); the command itself is done.
  return 0;
}

// The preview imports nothing from src/cli (tests/dependency-rules.test.ts), so no runCommand here.
process.exitCode = await main(process.argv.slice(2));
