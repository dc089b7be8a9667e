/**
 * Resolves in a task of its own, so long work split at it never holds the page as one long
 * task on a slow phone (issue 16). A message, not a timer: a timer in a background tab waits
 * up to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
