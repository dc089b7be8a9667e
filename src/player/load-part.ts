/**
 * Parts of the player that load only when asked, so the first screen never pays for them.
 * Each is a classic script beside player.js that registers itself on `window.PssParts`:
 * the player's own parts (built by packaging/player-parts.ts) and the course's words for
 * each lesson (written by packaging/course-text.ts). A script element works from file://
 * and in every LMS frame, where ES-module dynamic import does not. A part already
 * registered (the author preview and the tests import them outright) is used as it is.
 */

type Registry = Record<string, unknown>;

const loading = new Map<string, Promise<unknown>>();

function registry(): Registry {
  const host = globalThis as { PssParts?: Registry };
  host.PssParts ??= {};
  return host.PssParts;
}

/** The part called `name` if it is already here, without loading anything. */
export function registeredPart<T>(name: string): T | undefined {
  return registry()[name] as T | undefined;
}

/** Registers a part; called by the part's own script as it runs. */
export function registerPart(name: string, part: unknown): void {
  registry()[name] = part;
}

/**
 * The part called `name`, loading `<name>.js` the first time. Rejects when the file cannot be
 * loaded (offline, or missing from the package); a later call tries again.
 * @example const certificate = await loadPart<CertificatePart>('certificate')
 */
export function loadPart<T>(name: string): Promise<T> {
  const ready = registry()[name];
  if (ready) return Promise.resolve(ready as T);
  let pending = loading.get(name);
  if (!pending) {
    pending = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      // Relative to the page, like player.js itself: index.html sits beside both.
      script.src = `${name}.js`;
      script.onload = () => {
        const part = registry()[name];
        if (part) resolve(part);
        else reject(new Error(name));
      };
      script.onerror = () => {
        script.remove();
        loading.delete(name);
        reject(new Error(name));
      };
      document.head.appendChild(script);
    });
    loading.set(name, pending);
  }
  return pending as Promise<T>;
}
