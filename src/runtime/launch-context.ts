/**
 * Whether this page was launched the way an LMS launches a course: inside another
 * window's frame, or opened by another window. A package opened from disk or from a plain
 * web host is neither, so a missing LMS there is expected and not worth a warning.
 */
interface WindowLike {
  parent?: unknown;
  opener?: unknown;
}

/** @example lmsExpected(window) // false for a package opened straight from file:// */
export function lmsExpected(win: WindowLike | undefined = (globalThis as { window?: WindowLike }).window): boolean {
  try {
    return !!win && ((win.parent !== undefined && win.parent !== win) || !!win.opener);
  } catch {
    // A browser that will not even say whether there is a parent is a frame we may not look into.
    return true;
  }
}
