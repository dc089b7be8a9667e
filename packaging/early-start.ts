/**
 * The one script index.html carries inline: it takes a press of the pre-rendered Start
 * before player.js has arrived. On a slow phone the intro shows some 0.3 s before player.js
 * makes it live, and a learner who pressed Start then had their press lost. Now Start says it
 * is busy (aria-busy), the parts the first page needs are asked for at once, as preloads
 * (a part's code runs only once player.js is there to lend it its modules), and player.js,
 * finding Start busy as it takes the intro over, starts the course (src/player/mount.tsx). Nothing is asked for unless Start is pressed: the first screen's
 * own bytes stay what they were (issue 16).
 *
 * Kept to a few hundred bytes, as it travels in every first screen, and written for the
 * browsers player.js itself runs in. Its other buttons stay inert until player.js runs
 * (player.css).
 */

const PART_NAME = /^[a-z0-9-]+$/;

/** The inline `<script>` that takes an early Start and preloads `parts` (names of files beside index.html, without `.js`). */
export function earlyStartScript(parts: readonly string[]): string {
  for (const part of parts)
    if (!PART_NAME.test(part)) throw new Error(`"${part}" is not a part name the early Start script can ask for.`);
  const names = JSON.stringify(parts);
  return (
    '<script>addEventListener("click",e=>{' +
    'let b=e.target.closest("#app[data-static] .actions .primary:not([aria-busy])");' +
    'if(b){b.setAttribute("aria-busy","true");' +
    `for(let n of ${names})document.head.append(Object.assign(document.createElement("link"),{rel:"preload",as:"script",href:n+".js"}))}` +
    '})</script>'
  );
}
