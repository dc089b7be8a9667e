/**
 * How the runtime tells an LMS launch from a package opened on its own: an LMS puts the
 * course in a frame or opens it in a window of its own; a file opened from disk or a page
 * on a plain web host has neither.
 */
import { describe, expect, it } from 'vitest';
import { lmsExpected } from '../../src/runtime/launch-context.ts';

describe('lmsExpected', () => {
  it('is false for a top-level page nobody opened', () => {
    const win: { parent?: unknown; opener: null } = { opener: null };
    win.parent = win;
    expect(lmsExpected(win)).toBe(false);
  });

  it('is true inside a frame, or in a window another one opened', () => {
    expect(lmsExpected({ parent: {}, opener: null })).toBe(true);
    const popup: { parent?: unknown; opener: unknown } = { opener: {} };
    popup.parent = popup;
    expect(lmsExpected(popup)).toBe(true);
  });

  it('is true when the browser will not say, and false with no window at all (packaging in Node)', () => {
    const guarded = {
      get parent(): unknown {
        throw new Error('Blocked a frame from accessing a cross-origin frame.');
      },
    };
    expect(lmsExpected(guarded)).toBe(true);
    expect(lmsExpected(undefined)).toBe(false);
  });
});
