/**
 * `npm run bench` (issue 9): weight, load speed, packaging scale, progress-record size and
 * LMS chatter, printed as tables and written to bench/results.json. Exits 1 when a budget
 * is exceeded. Separate from `npm test` because its figures are timings, which depend on
 * the machine and must never make a unit test flaky.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { packageFileName } from '../packaging/course-zip.ts';
import { listCourseFolders } from '../src/validator/node-folder.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { loadCourse } from '../tests/support/courses.ts';
import { CONDITIONS } from './browser-setup.ts';
import { checkBudgets } from './budgets.ts';
import { type Chatter, measureChatter } from './lms-chatter.ts';
import { measureLoadSpeed } from './load-speed.ts';
import { buildPlayerOnce, measurePackaging, type PackagingResults } from './packaging-scale.ts';
import { budgetLines, chatterTable, loadTable, packagingTable, recordTable, weightTable } from './report.ts';
import { extractZip, type ServedPackage, writePlainPage } from './served-packages.ts';
import { measureRecordSizes } from './suspend-data.ts';
import { measureWeight, type Weight } from './weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = join(ROOT, 'bench', '.tmp', 'run');
const PLAIN = 'plain HTML (control)';
const log = (line: string) => console.log(line);

const started = performance.now();
// Other work on the machine slows every timing here; the load averages say how busy it was.
const loadBefore = loadavg();
rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });

// Every course and language in courses/, validated as the packager does.
const real = listCourseFolders(join(ROOT, 'courses')).flatMap((dir) =>
  loadCourse(dir).map((validated) => ({ dir, validated, name: `${validated.course.id}/${validated.course.language}` })),
);
const pageCount = real.reduce(
  (n, { validated }) => n + validated.course.lessons.reduce((m, l) => m + l.pages.length, 0),
  0,
);

log('Building the player once…');
const playerDir = join(TMP, 'player');
const build = await buildPlayerOnce(ROOT, playerDir, TMP);
log('Packaging the real courses and generated ones of 100, 1,000 and 5,000 pages…');
const realOut = join(TMP, 'packages');
const packaging: PackagingResults = {
  build,
  ...(await measurePackaging({
    root: ROOT,
    playerDir,
    realOut,
    tmp: TMP,
    realPages: pageCount,
  })),
};

// The SCORM 1.2 zips the command just wrote; the 2004 ones differ only in the manifest and a data attribute.
const served: ServedPackage[] = [];
for (const { validated, name } of real) {
  const dir = join(TMP, 'site', `${validated.course.id}-${validated.course.language}`);
  // The package command writes each organisation's zips into a folder of its own: the demo's by default.
  await extractZip(join(realOut, 'demo', packageFileName(validated.course, 'scorm12')), dir);
  served.push({ name, course: validated.course, dir });
}
writePlainPage(join(TMP, 'site', 'plain'), real[0]!.validated.course);

log('Measuring in Chromium…');
const server = await startStaticServer(join(TMP, 'site'));
const browser = await launchChromium();
const chromium = browser.version();
const urlOf = (s: ServedPackage) => `${server.url}/${s.course.id}-${s.course.language}`;
const weights: Weight[] = [];
let loads: Awaited<ReturnType<typeof measureLoadSpeed>> | undefined;
try {
  for (const s of served) weights.push(await measureWeight(browser, urlOf(s), s));
  const targets = [
    ...served.map((s) => ({ name: s.name, url: `${urlOf(s)}/index.html` })),
    { name: PLAIN, url: `${server.url}/plain/index.html` },
  ];
  loads = await measureLoadSpeed(browser, targets, log);
} finally {
  await browser.close();
  await server.close();
}

log('Measuring progress records and LMS calls…');
const records = measureRecordSizes(real.map(({ name, validated }) => ({ name, course: validated.course })));
const chatter: Chatter[] = [];
for (const { name, validated } of real)
  for (const version of ['scorm12', 'scorm2004'] as const) chatter.push(await measureChatter(name, validated, version));

const budgets = checkBudgets({
  weights,
  loads,
  generated: packaging.generated,
  records: records.sizes,
  chatter,
  packageNames: served.map((s) => s.name),
});
const benchSeconds = (performance.now() - started) / 1000;
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryBytes: totalmem(),
  node: process.version,
  chromium,
  platform: `${process.platform} ${process.arch}`,
  loadAverage1mBefore: loadBefore[0]!,
  loadAverage15mAfter: loadavg()[2]!,
};

log(weightTable(weights));
log(
  loadTable(
    loads,
    CONDITIONS.map((c) => c.name),
  ),
);
log(packagingTable(packaging));
log(recordTable(records.sizes, records.perPage, records.perCheck));
log(chatterTable(chatter));
log(budgetLines(budgets));
log(
  `\n${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Chromium ${chromium}; the bench took ${benchSeconds.toFixed(0)} s.`,
);
log(
  `Load average ${machine.loadAverage1mBefore.toFixed(1)} (1 min) at the start, ${machine.loadAverage15mAfter.toFixed(1)} (15 min) at the end, on ${machine.cpus} cores.`,
);
if (machine.loadAverage15mAfter > machine.cpus)
  log('The machine was busy with other work, so the timings above are slower than it can do on its own.');

const results = {
  generatedAt: new Date().toISOString(),
  machine,
  benchSeconds,
  weight: weights,
  loadSpeed: loads,
  packaging,
  suspendData: records,
  lmsChatter: chatter,
  budgets,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('Wrote bench/results.json.');

const over = budgets.filter((b) => !b.ok);
if (over.length) {
  console.error(
    `\n${over.length} budget${over.length === 1 ? '' : 's'} exceeded: ${over.map((b) => b.name).join('; ')}.`,
  );
  process.exitCode = 1;
}
