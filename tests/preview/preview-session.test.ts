/**
 * The preview's session controller in Node, on scorm-again: launches, relaunch from the
 * stored cmi, live edits and LMS switches that keep the learner's place, failing commits,
 * and page jumps that the engine may refuse.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Course } from '../../src/course/types.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { PreviewSession } from '../../src/preview/preview-session.ts';
import type { TrackingMode } from '../../src/scorm/scorm-version.ts';
import { loadCourse, ROOT } from '../support/courses.ts';
import { organisationFor } from '../support/organisations.ts';
import { UNTIL } from '../support/patience.ts';

const [mini, miniArabic] = loadCourse(`${ROOT}/tests/fixtures/courses/mini`);
const [sample] = loadCourse(`${ROOT}/tests/fixtures/courses/sample`);
const open: PreviewSession[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.dispose();
});

async function launch(standard: TrackingMode, validated = mini!) {
  const preview = new PreviewSession(validated.course, organisationFor(validated.course.language), standard);
  open.push(preview);
  await preview.start();
  return preview;
}

const actorOf = (preview: PreviewSession) => preview.state.session!.actor;
const snapshot = (preview: PreviewSession) => actorOf(preview).getSnapshot();
const methods = (preview: PreviewSession) => preview.state.lms!.calls.map((c) => c.method);
/** Start, then Next: the learner is on the second page, "page-try". */
function toSecondPage(preview: PreviewSession) {
  actorOf(preview).send({ type: 'course.start' });
  actorOf(preview).send({ type: 'nav.next' });
  expect(snapshot(preview).context.pageId).toBe('page-try');
}

describe('PreviewSession', () => {
  it('launches on scorm-again as a first attempt of the preview learner', async () => {
    const preview = await launch('scorm2004');
    expect(methods(preview).slice(0, 2)).toEqual(['Initialize', 'GetValue']);
    const cmi = preview.state.lms!.current();
    expect(cmi).toMatchObject({ entry: 'ab-initio', learner_id: 'preview-author' });
    expect(snapshot(preview).matches('intro')).toBe(true);
  });

  it('gives the player its interface text in the course’s language, as a package does', async () => {
    const preview = await launch('standalone', miniArabic!);
    expect(miniArabic!.course.language).toBe('ar');
    expect(preview.state.session!.ui).toBe(dictionaryFor('ar'));
  });

  it('relaunches from what the LMS stored, with entry resume, and the learner is asked to resume', async () => {
    const preview = await launch('scorm12');
    toSecondPage(preview);
    await preview.relaunch();
    const cmi = preview.state.lms!.current();
    expect(cmi.core.entry).toBe('resume');
    expect(cmi.core.lesson_location).toBe('page-try');
    expect(preview.state.status).toContain('entry "resume"');
    actorOf(preview).send({ type: 'course.start' });
    expect(snapshot(preview).matches('resumePrompt')).toBe(true);
  });

  it('keeps the learner on their page when the course is edited', async () => {
    const preview = await launch('scorm2004');
    toSecondPage(preview);
    const edited: Course = structuredClone(mini!.course);
    edited.lessons[0]!.pages[1]!.title = 'Try it now';
    await preview.update(edited, organisationFor('en'));
    expect(snapshot(preview).matches('page')).toBe(true);
    expect(snapshot(preview).context.pageId).toBe('page-try');
    expect(preview.state.session!.course.lessons[0]!.pages[1]!.title).toBe('Try it now');
    expect(preview.state.lms!.current().location).toBe('page-try');
  });

  it("goes back to the last page still there when the edit removed the learner's page", async () => {
    const preview = await launch('scorm12');
    toSecondPage(preview);
    const edited: Course = structuredClone(mini!.course);
    edited.lessons[0]!.pages.splice(1, 1);
    await preview.update(edited, organisationFor('en'));
    expect(snapshot(preview).matches('page')).toBe(true);
    expect(snapshot(preview).context.pageId).toBe('page-intro');
    expect(snapshot(preview).context.visited.keys()).toEqual(['page-intro']);
  });

  it('carries the place across SCORM 2004, SCORM 1.2 and no LMS', async () => {
    const preview = await launch('scorm2004');
    toSecondPage(preview);
    const record = preview.savedPlace()!.record;
    await preview.switchStandard('scorm12');
    expect(preview.state.lms!.version).toBe('scorm12');
    expect(preview.state.lms!.current().suspend_data).toBe(record);
    expect(snapshot(preview).context.pageId).toBe('page-try');
    await preview.switchStandard('standalone');
    expect(preview.state.lms).toBeUndefined();
    expect(snapshot(preview).matches('page')).toBe(true);
    expect(snapshot(preview).context.pageId).toBe('page-try');
  });

  it('fails commits with error 391 while asked, and the tracker recovers afterwards', async () => {
    const preview = await launch('scorm2004');
    preview.setFailCommits(true);
    actorOf(preview).send({ type: 'course.start' });
    await vi.waitFor(() => expect(preview.state.notices.map((n) => n.kind)).toContain('save-failed'), UNTIL);
    expect(preview.state.lms!.calls.filter((c) => c.method === 'Commit').map((c) => c.code)).toContain('391');
    preview.setFailCommits(false);
    await vi.waitFor(() => expect(preview.state.notices.map((n) => n.kind)).toContain('save-recovered'), UNTIL);
  });

  it('resets to a first attempt with nothing saved anywhere', async () => {
    const preview = await launch('scorm12');
    toSecondPage(preview);
    await preview.reset();
    expect(preview.state.lms!.current().core.entry).toBe('ab-initio');
    // The LMS now holds a suspended session with no progress record: a relaunch resumes into nothing.
    await preview.relaunch();
    expect(preview.state.lms!.current().suspend_data).toBe('');
    actorOf(preview).send({ type: 'course.start' });
    expect(snapshot(preview).matches('page')).toBe(true);
    expect(snapshot(preview).context.pageId).toBe('page-intro');
  });

  it('jumps through the engine, and says why when the engine refuses', async () => {
    const preview = await launch('scorm2004', sample!);
    expect(preview.jumpTo('page-order')).toMatchInlineSnapshot(
      `"Start or resume the course first: the engine takes a jump only from a page, the assessment or the summary."`,
    );
    actorOf(preview).send({ type: 'course.start' });
    expect(preview.jumpTo('page-plan')).toMatchInlineSnapshot(
      `"The engine refuses: “Your plan” is locked until the pages before it are complete (navigation is "sequential"). Complete them, or set "navigation": "free" in course.json while you edit."`,
    );
    expect(preview.jumpTo('page-media')).toMatchInlineSnapshot(`"Went to “Hear and see it”."`);
    expect(snapshot(preview).context.pageId).toBe('page-media');
  });
});
