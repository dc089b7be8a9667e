/**
 * The translated course must pass every check the source passes before its file is
 * written: the folder is validated as if the new i18n file were already on disk.
 */
import { courseChecks } from '../../validator/flow-check.ts';
import type { Problem } from '../../validator/problem.ts';
import { type CourseFolder, validateCourseFolder } from '../../validator/validate-course.ts';

/** Problems in the course folder with `text` standing in for `name` (such as `i18n/fr.json`). */
export function validateImported(folder: CourseFolder, name: string, text: string): Problem[] {
  const overlay: CourseFolder = {
    path: folder.path,
    read: (path) => (path === name ? text : folder.read(path)),
    exists: (path) => path === name || folder.exists(path),
    list: (sub) => {
      const names = folder.list(sub);
      const [dir, file] = name.split('/') as [string, string];
      return sub === dir && !names.includes(file) ? [...names, file] : names;
    },
  };
  return validateCourseFolder(overlay, courseChecks).problems;
}
