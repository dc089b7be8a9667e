// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findApi, findApiNow } from '../../src/tracking/find-api.ts';

const api12 = () => ({ LMSInitialize: () => 'true' });
const api2004 = () => ({ Initialize: () => 'true' });

type Frame = { parent?: Frame; opener?: Frame | null; [key: string]: unknown };

/** A chain of `depth` frames under `top`; returns the innermost. */
function nest(top: Frame, depth: number): Frame {
  let frame = top;
  for (let i = 0; i < depth; i++) frame = { parent: frame };
  return frame;
}

function topWindow(props: Record<string, unknown> = {}): Frame {
  const top: Frame = { ...props };
  top.parent = top;
  return top;
}

/** A frame from another origin: reading anything but `parent` throws, as browsers do. */
function crossOrigin(parent: Frame): Frame {
  return new Proxy({} as Frame, {
    get(_, key) {
      if (key === 'parent') return parent;
      throw new DOMException(`Blocked a frame with origin from accessing "${String(key)}"`, 'SecurityError');
    },
  });
}

describe('finding the SCORM 1.2 API', () => {
  it('finds API on the window itself', () => {
    const api = api12();
    expect(findApiNow(topWindow({ API: api }), 'scorm12')).toBe(api);
  });

  it('climbs at most 7 parents', () => {
    const api = api12();
    expect(findApiNow(nest(topWindow({ API: api }), 7), 'scorm12')).toBe(api);
    expect(findApiNow(nest(topWindow({ API: api }), 8), 'scorm12')).toBeUndefined();
  });

  it('looks past a cross-origin frame in between', () => {
    const api = api12();
    const lms = topWindow({ API: api });
    expect(findApiNow({ parent: crossOrigin(lms) }, 'scorm12')).toBe(api);
  });

  it('looks at the opener and its parents when the frames have none', () => {
    const api = api12();
    const opener = nest(topWindow({ API: api }), 2);
    const popup = topWindow({ opener });
    expect(findApiNow(nest(popup, 1), 'scorm12')).toBe(api);
  });

  it('survives an opener from another origin', () => {
    const popup = topWindow({ opener: crossOrigin(topWindow()) });
    expect(findApiNow(popup, 'scorm12')).toBeUndefined();
  });

  it('ignores a 2004 API and objects that are not an API', () => {
    expect(findApiNow(topWindow({ API: {}, API_1484_11: api2004() }), 'scorm12')).toBeUndefined();
  });
});

describe('finding the SCORM 2004 API', () => {
  it('climbs up to 500 parents', () => {
    const api = api2004();
    expect(findApiNow(nest(topWindow({ API_1484_11: api }), 500), 'scorm2004')).toBe(api);
    expect(findApiNow(nest(topWindow({ API_1484_11: api }), 501), 'scorm2004')).toBeUndefined();
  });

  it('finds it through the opener', () => {
    const api = api2004();
    expect(findApiNow(topWindow({ opener: topWindow({ API_1484_11: api }) }), 'scorm2004')).toBe(api);
  });

  it('stops on a window that is its own parent and on a loop', () => {
    const a: Frame = {};
    const b: Frame = { parent: a };
    a.parent = b;
    expect(findApiNow(a, 'scorm2004')).toBeUndefined();
  });
});

describe('finding the API in real frames', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the API on the LMS page from inside nested iframes', () => {
    const outer = document.createElement('iframe');
    document.body.append(outer);
    const inner = outer.contentDocument!.createElement('iframe');
    outer.contentDocument!.body.append(inner);
    // vitest's global `window` stands in for jsdom's, so take the page the frames really sit in.
    const lmsPage = outer.contentWindow!.parent as unknown as Record<string, unknown>;
    const api = api2004();
    lmsPage.API_1484_11 = api;
    try {
      expect(inner.contentWindow!.parent.parent).toBe(lmsPage);
      expect(findApiNow(inner.contentWindow!, 'scorm2004')).toBe(api);
      expect(findApiNow(inner.contentWindow!, 'scorm12')).toBeUndefined();
    } finally {
      delete lmsPage.API_1484_11;
    }
  });
});

describe('an API attached late', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is found when it arrives within the retry window', async () => {
    vi.useFakeTimers();
    const lms = topWindow();
    const content = nest(lms, 1);
    const api = api12();
    setTimeout(() => (lms.API = api), 700);
    const found = findApi(content, 'scorm12');
    await vi.advanceTimersByTimeAsync(1500);
    await expect(found).resolves.toBe(api);
  });

  it('is given up on after about 1.5 s', async () => {
    vi.useFakeTimers();
    const lms = topWindow();
    setTimeout(() => (lms.API = api12()), 2000);
    const found = findApi(nest(lms, 1), 'scorm12');
    let settled = false;
    void found.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(found).resolves.toBeUndefined();
  });

  it('is not waited for by a page on its own, with no parent frame and no opener', async () => {
    vi.useFakeTimers();
    const alone = topWindow();
    setTimeout(() => (alone.API = api12()), 700);
    // Opened from disk or a plain web server: nobody could attach an API later.
    await expect(findApi(alone, 'scorm12')).resolves.toBeUndefined();
    const opened = topWindow({ opener: topWindow() });
    const waiting = findApi(opened, 'scorm12');
    setTimeout(() => ((opened.opener as Frame).API = api12()), 300);
    await vi.advanceTimersByTimeAsync(600);
    await expect(waiting).resolves.toBeDefined();
  });
});
