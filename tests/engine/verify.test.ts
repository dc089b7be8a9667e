import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.ts';
import { verifyCourseFlow } from '../../src/engine/verify.ts';
import { foundErrorMessage } from '../../src/validator/error-catalogue.ts';
import { loadCourse, parseCourse, ROOT } from '../support/courses.ts';

const mini = loadCourse(`${ROOT}/tests/fixtures/courses/mini`)[0]!.course;

// These courses pass the schema but are broken in their flow. The validator's own rules
// would catch most of them first; here the engine must catch them from the machine alone.
function withScenarioNodes(nodes: unknown[], extra: (c: Course) => void = () => {}): Course {
  const copy = structuredClone(mini) as Course;
  const scenario = copy.lessons[0]!.pages[1]!.blocks[1]!;
  if (scenario.type !== 'scenario') throw new Error('fixture changed');
  (scenario as { nodes: unknown[] }).nodes = nodes;
  extra(copy);
  return parseCourse(copy);
}

// The engine names each problem and its facts; the validator's error catalogue words them.
const messages = (course: Course) =>
  verifyCourseFlow(course).map((p) => `${p.path.join('.')}: ${foundErrorMessage(p)}`);

describe('flow verification', () => {
  it('accepts a sound course', () => {
    expect(verifyCourseFlow(mini)).toEqual([]);
  });

  it('reports a scenario that loops without an ending, and the completion it blocks', () => {
    const course = withScenarioNodes([
      { id: 'start', text: 'Hello.', choices: [{ id: 'on', text: 'Go on', next: 'loop' }] },
      { id: 'loop', text: 'Again.', choices: [{ id: 'back', text: 'Back', next: 'start' }] },
      { id: 'end', text: 'Never reached.', ending: { tone: 'positive', title: 'Done' } },
    ]);
    expect(messages(course)).toMatchInlineSnapshot(`
      [
        "lessons.0.pages.1.blocks.1.nodes.2.id: scenario node "end" can never be reached in "scene-door". Point a choice at it, or remove it",
        "lessons.0.pages.1.blocks.1.id: scenario "scene-door" can never reach an ending, so its page can never be completed. Give its nodes a way to an ending",
        "completion.when: no path through the course meets "pages-complete", so it can never be completed. Fix the blocks reported above, or relax the rule",
      ]
    `);
  });

  it('reports pages after a blocked page as unreachable', () => {
    const course = withScenarioNodes(
      [
        { id: 'start', text: 'Hello.', choices: [{ id: 'stay', text: 'Stay', next: 'start' }] },
        { id: 'end', text: 'Never reached.', ending: { tone: 'positive', title: 'Done' } },
      ],
      (c) =>
        c.lessons[0]!.pages.push({
          id: 'page-after',
          title: 'After',
          sensitive: false,
          blocks: [{ type: 'text', id: 'after-text', body: 'After.' }],
        }),
    );
    expect(messages(course)).toMatchInlineSnapshot(`
      [
        "lessons.0.pages.1.blocks.1.nodes.1.id: scenario node "end" can never be reached in "scene-door". Point a choice at it, or remove it",
        "lessons.0.pages.1.blocks.1.id: scenario "scene-door" can never reach an ending, so its page can never be completed. Give its nodes a way to an ending",
        "lessons.0.pages.2.id: page "page-after" can never be reached. Check that every page before it can be completed",
        "completion.when: no path through the course meets "pages-complete", so it can never be completed. Fix the blocks reported above, or relax the rule",
      ]
    `);
  });
});

describe('engine purity', () => {
  const dir = join(ROOT, 'src/engine');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports no preact, DOM or tracking code', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => /preact|tracking|player|scorm|zod/.test(i))).toEqual([]);
    // No browser globals: the engine runs in Node with no DOM.
    expect(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')).not.toMatch(
      /\b(window|document|localStorage|navigator|Date\.now)\b/,
    );
  });
});
