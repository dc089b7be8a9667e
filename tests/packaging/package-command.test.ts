/**
 * `npm run package` end to end: what it writes, what it prints and what it refuses, with every
 * line pinned. Long because each case is one table of expected output; helpers.ts holds the rest.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPackage } from '../../packaging/package-command.ts';
import { packageKey } from '../../src/course/package-key.ts';
import { copyFixture, fakePlayer, fixtureDir, REPO_ROOT, tempDir, text, unzip, wholeCourseData } from './helpers.ts';

const temp = tempDir();
const playerDir = fakePlayer(temp);
let runs = 0;

/** Every zip under a folder, as `<org>/<file>`. */
const zipsIn = (out: string) =>
  existsSync(out)
    ? readdirSync(out, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.zip'))
        .map((name) => name.split('\\').join('/'))
        .sort()
    : [];

/** Runs the command in-process (from the repository root, or `cwd`), into a fresh --out folder. */
async function run(args: string[], cwd = REPO_ROOT) {
  const out = join(temp, `out-${++runs}`);
  const lines: string[] = [];
  const progress: string[] = [];
  const io = {
    cwd,
    log: (line: string) => lines.push(line),
    error: (line: string) => lines.push(line),
    progress: (line: string) => progress.push(line),
  };
  const code = await runPackage([...args, '--player-dir', playerDir, '--out', out], io);
  const written = zipsIn(out);
  // Paths under the temp folder vary from run to run; show them the same way every time.
  const output = hideTemp(lines.join('\n')).replace(/\d+ ms|\d+\.\d s\b/g, '<time>');
  return { code, out, written, output, progress: hideTemp(progress.join('\n')) };
}

// Course folders show relative to the project, and outputs outside it in full; the relative form goes first as it contains the other.
const hideTemp = (output: string) => output.replaceAll(relative(REPO_ROOT, temp), '<temp>').replaceAll(temp, '<temp>');

const mini = relative(REPO_ROOT, fixtureDir('mini'));
const sample = relative(REPO_ROOT, fixtureDir('sample'));

describe('npm run package', () => {
  it('writes one zip per course, language and standard, and a summary', async () => {
    const { code, written, output } = await run([sample, mini]);
    expect(code).toBe(0);
    // The demo organisation by default, in a folder of its own.
    expect(written).toEqual([
      'demo/mini-ar-scorm12.zip',
      'demo/mini-ar-scorm2004.zip',
      'demo/mini-en-scorm12.zip',
      'demo/mini-en-scorm2004.zip',
      'demo/sample-en-scorm12.zip',
      'demo/sample-en-scorm2004.zip',
    ]);
    expect(output).toMatch(/^✓ <temp>\/out-\d+\/demo\/sample-en-scorm12\.zip +\d+\.\d KB {2}<time>$/m);
    expect(output).toMatch(/6 packages, \d+\.\d KB in total, written in <time> to <temp>\/out-\d+\/demo\/$/);
  });

  it('says what it is doing before the first zip, and gathers warnings just above the summary', async () => {
    const { code, output, progress } = await run([sample, mini, '--standard', 'scorm12']);
    expect(code).toBe(0);
    expect(progress).toMatchInlineSnapshot(`
      "Validating 2 courses for demo…
        tests/fixtures/courses/sample: en valid
        tests/fixtures/courses/mini: en, ar valid"
    `);
    const lines = output.split('\n');
    expect(lines.at(-1)).toMatch(/^3 packages, [\d.]+ KB in total, written in <time> to /);
    // The demo's warning: its contacts reach nobody, and this is how to make a real profile.
    expect(lines.slice(3, -1)).toMatchInlineSnapshot(`
      [
        "",
        "1 warning:",
        "  ! organisations/demo/profile.json:4:11 → demo: is true: "demo" is a fictional organisation, and its packages say "Demo contacts: replace before publishing" on every contacts block. To publish, copy organisations/demo to organisations/<your id>, put in your organisation's names, contacts and services, remove "demo", then \`npm run validate -- organisations/<your id>\` and \`npm run package -- --org <your id>\`. [demo-profile]",
        "",
      ]
    `);
  });

  it('warns once per course and file of an SVG picture it cannot draw in the page, and says why', async () => {
    const dir = copyFixture('mini', temp);
    writeFileSync(
      join(dir, 'media/listening.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect id="a" width="4" height="4"/><use href="#a"/></svg>',
    );
    const { code, written, output } = await run([relative(REPO_ROOT, dir)]);
    expect(code).toBe(0);
    expect(written).toHaveLength(4);
    // Two languages and two standards draw the same file: one warning.
    expect(output.split('\n').filter((line) => line.includes('media/listening.svg'))).toEqual([
      `  ! ${relative(REPO_ROOT, dir).replace(relative(REPO_ROOT, temp), '<temp>')}: media/listening.svg stays a picture file, which a slow phone draws as a document of its own: it has a <use> element. Simple shapes, text and class styles can be drawn in the page (packaging/inline-svg.ts).`,
    ]);
  });

  it('prints the wall time since the command started, not the time spent zipping', async () => {
    const lines: string[] = [];
    const io = {
      cwd: REPO_ROOT,
      log: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
      progress: () => {},
      // As if loading and validating had taken a minute before this call.
      startedAt: performance.now() - 60_000,
    };
    const code = await runPackage(
      [mini, '--standard', 'scorm12', '--player-dir', playerDir, '--out', join(temp, 'timed')],
      io,
    );
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/written in 6\d\.\d s to /);
  });

  it('writes only the standard asked for', async () => {
    const { code, written } = await run([mini, '--standard', 'scorm12']);
    expect(code).toBe(0);
    expect(written).toEqual(['demo/mini-ar-scorm12.zip', 'demo/mini-en-scorm12.zip']);
  });

  it('refuses an unknown standard', async () => {
    const { code, written, output } = await run([mini, '--standard', 'scorm2004-3rd']);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(output.split('\n')[0]).toMatchInlineSnapshot(
      `"--standard must be scorm12, scorm2004 or all, not "scorm2004-3rd"."`,
    );
  });

  it('refuses a second folder with the same course id, whose zips would overwrite the first', async () => {
    const twin = copyFixture('mini', temp);
    const { code, written, output } = await run([mini, relative(REPO_ROOT, twin), '--standard', 'scorm12']);
    expect(code).toBe(1);
    expect(written).toEqual(['demo/mini-ar-scorm12.zip', 'demo/mini-en-scorm12.zip']);
    expect(output).toMatch(
      /^✖ <temp>\/mini-copy-\w+: tests\/fixtures\/courses\/mini already has the course id "mini", and its packages would be overwritten\. Give each course its own id\.$/m,
    );
  });

  it('says what to do when the player has not been built', async () => {
    const empty = join(temp, 'no-player');
    mkdirSync(empty);
    const lines: string[] = [];
    const io = {
      cwd: REPO_ROOT,
      log: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
      progress: () => {},
    };
    const code = await runPackage([mini, '--player-dir', empty, '--out', join(temp, 'never')], io);
    expect(code).toBe(1);
    expect(existsSync(join(temp, 'never'))).toBe(false);
    expect(hideTemp(lines.join('\n')).split('\n').slice(-2)).toMatchInlineSnapshot(`
      [
        "<temp>/no-player/player.js, <temp>/no-player/player.css, <temp>/no-player/session.js, <temp>/no-player/page.js, <temp>/no-player/activities.js, <temp>/no-player/ending.js, <temp>/no-player/certificate.js, <temp>/no-player/plan-page.js and <temp>/no-player/referrals.js are missing. Build the player with \`npm run build\`, or run without --skip-build.",
        "Nothing was written.",
      ]
    `);
  });
});

describe('an invalid course', () => {
  const broken = copyFixture('mini', temp, { 'course.json': (c) => (c.lessons[0].pages[1].blocks[0].correct = 'z') });

  it('gets the validator messages, exit code 1 and no zip', async () => {
    const { code, written, output } = await run([relative(REPO_ROOT, broken)]);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^✖ <temp>\/mini-copy-\w+: \d+ problems?$/);
    expect(lines[1]).toMatch(
      /^ {2}<temp>\/mini-copy-\w+\/course\.json:\d+:\d+ → lessons\[0\]\.pages\[1\]\.blocks\[0\]\.correct: .*"z"/,
    );
    expect(lines.at(-1)).toBe('1 of 1 course failed validation. Nothing was written.');
  });

  it('does not stop the valid courses from being packaged, but still fails the run', async () => {
    const { code, written, output } = await run([relative(REPO_ROOT, broken), sample, '--standard', 'scorm2004']);
    expect(code).toBe(1);
    expect(written).toEqual(['demo/sample-en-scorm2004.zip']);
    expect(output).toContain('1 of 2 courses failed validation and got no package.');
  });

  it('exits 1 from the real command line, without a stack trace', () => {
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const out = join(temp, 'cli-out');
    const result = spawnSync(
      tsx,
      ['packaging/main.ts', relative(REPO_ROOT, broken), '--player-dir', playerDir, '--out', out],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('failed validation. Nothing was written.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

// #region Organisations
/**
 * A project folder of its own, as a learning team has one: the test profiles in
 * organisations/ (edited by `edits`) and the fixture courses in courses/.
 */
function project(edits: Record<string, (profile: any) => void> = {}): string {
  const dir = join(temp, `project-${++runs}`);
  cpSync(join(REPO_ROOT, 'tests/fixtures/organisations'), join(dir, 'organisations'), { recursive: true });
  for (const name of ['sample', 'mini'] as const)
    cpSync(fixtureDir(name), join(dir, 'courses', name), { recursive: true });
  for (const [org, edit] of Object.entries(edits)) {
    const file = join(dir, 'organisations', org, 'profile.json');
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    edit(profile);
    writeFileSync(file, JSON.stringify(profile, null, 2));
  }
  return dir;
}

/** The course data of a written zip, with the words its text parts carry put back. */
async function dataOf(out: string, name: string) {
  const files = await unzip(readFileSync(join(out, name)));
  return wholeCourseData(files) as { course: any; organisation: any };
}

describe('--org', () => {
  it("builds the courses, languages and standards the profile lists, into the organisation's folder", async () => {
    const cwd = project();
    const lakeside = await run(['--org', 'lakeside'], cwd);
    expect(lakeside.code).toBe(0);
    // lakeside builds sample and mini in English, in both standards: mini's Arabic is not asked for.
    expect(lakeside.written).toEqual([
      'lakeside/mini-en-scorm12.zip',
      'lakeside/mini-en-scorm2004.zip',
      'lakeside/sample-en-scorm12.zip',
      'lakeside/sample-en-scorm2004.zip',
    ]);
    // oasis builds mini in Arabic and English, SCORM 2004 only; --standard still wins over the profile.
    expect((await run(['--org', 'oasis'], cwd)).written).toEqual([
      'oasis/mini-ar-scorm2004.zip',
      'oasis/mini-en-scorm2004.zip',
    ]);
    expect((await run(['--org', 'oasis', '--standard', 'scorm12'], cwd)).written).toEqual([
      'oasis/mini-ar-scorm12.zip',
      'oasis/mini-en-scorm12.zip',
    ]);
  });

  it("gives each language's package that language's contacts and services, and nothing of another language", async () => {
    const { code, out, written } = await run(['--org', 'oasis'], project());
    expect(code).toBe(0);
    const profile = JSON.parse(
      readFileSync(join(REPO_ROOT, 'tests/fixtures/organisations/oasis/profile.json'), 'utf8'),
    );
    for (const name of written) {
      const { course, organisation } = await dataOf(out, name);
      const language = course.language as 'ar' | 'en';
      const other = language === 'ar' ? 'en' : 'ar';
      expect(organisation.contacts).toEqual(profile.contacts[language]);
      expect(organisation.name).toBe(profile.name[language]);
      expect(organisation.services.map((s: any) => s.name)).toEqual(profile.services.map((s: any) => s.name[language]));
      // Not a word of the other language's contacts travels with it.
      const carried = JSON.stringify(organisation);
      for (const contact of profile.contacts[other].contacts)
        if (contact.name !== 'Emergency services' || language === 'en')
          expect(carried).not.toContain(JSON.stringify(contact.name));
    }
  });

  it("names the organisation in each manifest identifier and in the package's storage key", async () => {
    const cwd = project();
    const lakeside = await run(['--org', 'lakeside', '--standard', 'scorm2004'], cwd);
    const oasis = await run(['--org', 'oasis', '--standard', 'scorm2004'], cwd);
    const identifier = async (out: string, name: string) =>
      /<manifest identifier="([^"]+)"/.exec(
        text((await unzip(readFileSync(join(out, name)))).get('imsmanifest.xml')),
      )![1];
    expect(await identifier(lakeside.out, 'lakeside/mini-en-scorm2004.zip')).toBe('lakeside_mini-en-v1-0-0');
    expect(await identifier(oasis.out, 'oasis/mini-en-scorm2004.zip')).toBe('oasis_mini-en-v1-0-0');
    const a = await dataOf(lakeside.out, 'lakeside/mini-en-scorm2004.zip');
    const b = await dataOf(oasis.out, 'oasis/mini-en-scorm2004.zip');
    expect([packageKey(a.organisation.id, a.course), packageKey(b.organisation.id, b.course)]).toEqual([
      'lakeside.mini.en',
      'oasis.mini.en',
    ]);
  });

  it('refuses a language the profile has no contacts in, for that language only, and never falls back', async () => {
    // lakeside without its build list: every language of mini, and it has contacts in English only.
    const cwd = project({ lakeside: (p) => delete p.build });
    const { code, written, output } = await run(['--org', 'lakeside', 'courses/mini', '--standard', 'scorm12'], cwd);
    expect(code).toBe(1);
    expect(written).toEqual(['lakeside/mini-en-scorm12.zip']);
    // The output folder is numbered by the runs before this one; which one it is says nothing here.
    const lines = output.replace(/\/out-\d+\//g, '/out-<n>/').split('\n');
    expect(lines.filter((line) => !line.startsWith('✓'))).toMatchInlineSnapshot(`
      [
        "✖ courses/mini (ar) for lakeside: 1 problem",
        "  organisations/lakeside/profile.json:21:15 → contacts: has no "ar" set, so courses/mini (ar) got no package: its learners would meet another language's contacts, or none. Add "ar" contacts (and "ar" to the profile's other texts), or leave "ar" out of "build.languages". [no-contacts-in-language]",
        "",
        "1 course language could not be packaged for lakeside and got no package.",
        "",
        "1 package, 14.9 KB in total, written in <time> to <temp>/out-<n>/lakeside/",
      ]
    `);
  });

  it('refuses a real profile that carries example contacts, and writes nothing', async () => {
    const cwd = project({
      lakeside: (p) => {
        p.contacts.en.contacts[1].email = 'wellbeing@example.org';
        p.services[0].phone = '+000 100 3000';
      },
    });
    const { code, written, output } = await run(['--org', 'lakeside'], cwd);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(output).toMatchInlineSnapshot(`
      "✖ organisations/lakeside: 2 problems
        organisations/lakeside/profile.json:37:20 → contacts.en.contacts[1].email: "wellbeing@example.org" is on a domain reserved for examples, so whoever turns to it would reach nobody. Put your organisation's real contact here. [example-contact]
        organisations/lakeside/profile.json:87:16 → services[0].phone: "+000 100 3000" is one of the demo profile's fictional numbers, so whoever turns to it would reach nobody. Put your organisation's real contact here. [example-contact]

      Nothing was written."
    `);
  });

  it('refuses a course language whose contacts block asks for a kind the organisation lacks', async () => {
    const cwd = project();
    const course = join(cwd, 'courses', 'sample', 'course.json');
    const json = JSON.parse(readFileSync(course, 'utf8'));
    json.lessons
      .flatMap((l: any) => l.pages)
      .flatMap((p: any) => p.blocks)
      .find((b: any) => b.type === 'contacts').kinds = ['professional'];
    writeFileSync(course, JSON.stringify(json, null, 2));
    const { code, written, output } = await run(['--org', 'lakeside', 'courses/sample'], cwd);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(output.split('\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "✖ courses/sample (en) for lakeside: 1 problem",
        "  courses/sample/course.json:432:24 → lessons[1].pages[2].blocks[3].kinds: no "en" contact in organisations/lakeside/profile.json is of kind "professional", so this block would be empty in that organisation's package. Add such a contact to the profile, or change "kinds". [no-contacts]",
      ]
    `);
  });

  it('says so when the organisation does not exist, or lists a course that does not', async () => {
    const missing = await run(['--org', 'nowhere'], project());
    expect(missing.code).toBe(1);
    expect(missing.written).toEqual([]);
    expect(missing.output).toMatchInlineSnapshot(`
      "✖ There is no organisation "nowhere": organisations/nowhere/ does not exist. Copy organisations/demo to organisations/nowhere and make it yours, as the README's guide for learning teams says.

      Nothing was written."
    `);
    const typo = await run(
      ['--org', 'lakeside', '--standard', 'scorm12'],
      project({ lakeside: (p) => (p.build.courses = ['sample', 'mnii']) }),
    );
    expect(typo.code).toBe(1);
    expect(typo.written).toEqual(['lakeside/sample-en-scorm12.zip']);
    expect(typo.output.split('\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "✖ organisations/lakeside/profile.json: 1 problem",
        "  organisations/lakeside/profile.json:132:7 → build.courses[1]: "mnii" is not a course here: there is no courses/mnii/ folder. Use the id of a course in courses/, or leave "courses" out to package them all. [unknown-course]",
      ]
    `);
  });

  it('points --contacts, which profiles replaced, at --org', async () => {
    const { code, written, output } = await run([mini, '--contacts', 'contacts.json']);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(output.split('\n')[0]).toMatchInlineSnapshot(
      `"--contacts is gone: contacts now come from an organisation profile. Package with --org <id> (organisations/<id>/profile.json)."`,
    );
  });
});
// #endregion
