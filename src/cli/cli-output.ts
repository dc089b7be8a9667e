/** Shared terminal output for the author and packaging commands. */
import { isQuestion } from '../course/kinds.ts';
import type { Profile } from '../course/types.ts';
import type { ValidatedCourse } from '../validator/validate-course.ts';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);
export const green = paint(32);
export const red = paint(31);
export const yellow = paint(33);
export const dim = paint(2);
export const bold = paint(1);

/** One line describing a valid course: id, language, lessons, pages, questions, minutes. */
export function courseSummary({ course, estimate }: ValidatedCourse): string {
  const pages = course.lessons.reduce((n, lesson) => n + lesson.pages.length, 0);
  const checks = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).filter(isQuestion).length;
  const graded = course.assessment?.questions.length ?? 0;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    course.id.padEnd(16),
    course.language.padEnd(6),
    plural(course.lessons.length, 'lesson').padEnd(11),
    plural(pages, 'page').padEnd(10),
    plural(checks + graded, 'question').padEnd(13),
    `~${estimate.minutes} min (declared ${course.estimatedMinutes})`,
  ].join(' ');
}

/** One line describing a valid profile: its file, its name, its languages, and whether it is the demo. */
export function profileSummary(file: string, profile: Profile): string {
  const languages = Object.keys(profile.contacts);
  const name = profile.name[languages[0] ?? ''] ?? profile.id;
  const services = profile.services?.length ?? 0;
  return [
    file,
    `${name}:`,
    `${languages.join(', ')};`,
    `${services} service${services === 1 ? '' : 's'}${profile.demo ? '; demo' : ''}`,
  ].join(' ');
}

/** Runs a command's main function, turning any unexpected failure into one clear line and exit code 2. */
export async function runCommand(main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(red(`The command stopped on an unexpected problem: ${detail}`));
    console.error('This is a bug in the tool, not in your course. Please report it with the command you ran.');
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 2;
  }
}
