/**
 * `npm run bench` (issues 9 and 16): the first screen against a plain page (bytes, the
 * heading, the first working click, long tasks), page turns, packaging at scale, the
 * progress record's length and LMS chatter, printed as tables and written to
 * bench/results.json. Exits 1 when a budget is exceeded. Separate from `npm test` because
 * its figures are timings, which depend on the machine and must never make a unit test flaky.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { packageFileName } from '../packaging/course-zip.ts';
import { listCourseFolders } from '../src/validator/node-folder.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { loadCourse } from '../tests/support/courses.ts';
import { checkBudgets } from './budgets.ts';
import { FAST_ROUNDS, type FirstScreen, measureFirstScreens, QUICK, SLOW_ROUNDS } from './first-screens.ts';
import { type Chatter, measureChatter } from './lms-chatter.ts';
import { buildPlayerOnce, measurePackaging, type PackagingResults } from './packaging-scale.ts';
import { type TurnRun, walkPlainTurns, walkTurns } from './page-turns.ts';
import {
  budgetLines,
  chatterTable,
  firstScreenTables,
  packagingTable,
  recordTable,
  summariseTurns,
  turnTable,
} from './report.ts';
import { extractZip, type ServedPackage, writePlainCourse, writePlainPage } from './served-packages.ts';
import { measureRecordSizes } from './suspend-data.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = join(ROOT, 'bench', '.tmp', 'run');
const log = (line: string) => console.log(line);

/** Page turns are walked on every course in its source language, and on one right-to-left translation. */
const WALKED = QUICK ? ['communication/en'] : ['communication/en', 'listening/en', 'self-care/en', 'self-care/ar'];
/**
 * Each course is walked this many times, in rounds, each walk in a fresh page: the 90th
 * percentile of one walk's 28 to 31 turns is its third slowest turn, and moved by 20 ms and
 * more between two walks of the same package on this machine.
 */
const WALKS = QUICK ? 1 : 3;

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
log('Packaging the real courses, warm, and generated ones of 10 to 10,000 pages…');
const realOut = join(TMP, 'packages');
const packaging: PackagingResults = {
  build,
  ...(await measurePackaging({
    root: ROOT,
    playerDir,
    realOut,
    tmp: TMP,
    realPages: pageCount,
    progress: log,
  })),
};

// The SCORM 1.2 zips the command just wrote; the 2004 ones differ only in the manifest and a data attribute.
const served: ServedPackage[] = [];
for (const { validated, name } of real) {
  const dir = join(TMP, 'site', `${validated.course.id}-${validated.course.language}`);
  // The package command writes each organisation's zips into a folder of its own: the demo's by default.
  await extractZip(join(realOut, 'demo', packageFileName(validated.course, 'scorm12')), dir);
  served.push({ name, course: validated.course, dir });
  // Its plain page: the same intro text, language and direction.
  writePlainPage(join(TMP, 'site', `plain-${validated.course.id}-${validated.course.language}`), validated.course);
}
// The walked courses' pages as plain HTML: the floor of a page turn, walked in the same rounds.
const plainPages = new Map(
  served
    .filter((s) => WALKED.includes(s.name))
    .map((s) => [
      s.name,
      writePlainCourse(join(TMP, 'site', `plain-turns-${s.course.id}-${s.course.language}`), s.course),
    ]),
);

log(`Measuring first screens in Chromium (${SLOW_ROUNDS} rounds on a slow phone, ${FAST_ROUNDS} unthrottled)…`);
const server = await startStaticServer(join(TMP, 'site'));
const browser = await launchChromium();
const chromium = browser.version();
const urlOf = (s: ServedPackage) => `${server.url}/${s.course.id}-${s.course.language}/index.html`;
let first: FirstScreen[];
const turnRuns: TurnRun[] = [];
try {
  first = await measureFirstScreens(
    browser,
    served.map((s) => ({
      name: s.name,
      url: urlOf(s),
      plainUrl: `${server.url}/plain-${s.course.id}-${s.course.language}/index.html`,
    })),
    log,
  );
  log(`Walking courses at 4× CPU for page turns (${WALKS} ${WALKS === 1 ? 'walk' : 'walks'} each)…`);
  const walked = served.filter((s) => WALKED.includes(s.name));
  for (let walk = 1; walk <= WALKS; walk++)
    for (const s of walked) {
      const run = await walkTurns(browser, s.name, urlOf(s), s.course);
      const plainUrl = `${server.url}/plain-turns-${s.course.id}-${s.course.language}/index.html`;
      const plain = await walkPlainTurns(browser, `${s.name} (plain)`, plainUrl, plainPages.get(s.name)!);
      for (const r of [run, plain]) {
        const all = turnRuns.find((a) => a.name === r.name);
        if (all) {
          all.turns.push(...r.turns);
          all.longTasks.push(...r.longTasks);
        } else turnRuns.push(r);
      }
      log(
        `  ${s.name}, walk ${walk} of ${WALKS}: ${run.turns.length} turns, and ${plain.turns.length} on its plain pages`,
      );
    }
} finally {
  await browser.close();
  await server.close();
}
const turns = turnRuns
  .filter((r) => !r.name.endsWith(' (plain)'))
  .map((r) =>
    summariseTurns(
      r,
      turnRuns.find((p) => p.name === `${r.name} (plain)`),
    ),
  );

log('Measuring progress records and LMS calls…');
const records = measureRecordSizes(real.map(({ name, validated }) => ({ name, course: validated.course })));
const chatter: Chatter[] = [];
for (const { name, validated } of real)
  for (const version of ['scorm12', 'scorm2004'] as const) chatter.push(await measureChatter(name, validated, version));

const budgets = checkBudgets({ screens: first, turns, packaging, records, chatter });
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
  /** 1, 5 and 15 minutes, as `uptime` prints them, at the start and at the end. */
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
};

log(firstScreenTables(first));
log(turnTable(turns));
log(packagingTable(packaging));
log(recordTable(records));
log(chatterTable(chatter));
log(budgetLines(budgets));
log(
  `\n${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Chromium ${chromium}; the bench took ${benchSeconds.toFixed(0)} s.`,
);
const uptime = (load: number[]) => load.map((n) => n.toFixed(2)).join(', ');
log(
  `Load average (1, 5, 15 min, as uptime prints it) ${uptime(machine.loadAverageBefore)} at the start, ${uptime(machine.loadAverageAfter)} at the end, on ${machine.cpus} cores.`,
);
if (machine.loadAverage15mAfter > machine.cpus)
  log('The machine was busy with other work, so the timings above are slower than it can do on its own.');

const results = {
  generatedAt: new Date().toISOString(),
  machine,
  benchSeconds,
  firstScreen: { screens: first },
  pageTurns: { summary: turns, runs: turnRuns },
  packaging,
  suspendData: records,
  lmsChatter: chatter,
  budgets,
};
// A quick run only shows the bench works; it never replaces the record of a full one.
const resultsFile = QUICK ? join(TMP, 'results-quick.json') : join(ROOT, 'bench', 'results.json');
writeFileSync(resultsFile, `${JSON.stringify({ quick: QUICK, ...results }, null, 2)}\n`);
log(`Wrote ${resultsFile}.`);

const over = budgets.filter((b) => !b.ok);
if (over.length) {
  console.error(
    `\n${over.length} budget${over.length === 1 ? '' : 's'} exceeded: ${over.map((b) => b.name).join('; ')}.`,
  );
  process.exitCode = 1;
}
