/**
 * The player's one icon set: a few strokes each on a 24-unit grid, drawn in the text
 * colour (so forced colours and dark mode follow), always beside words or inside a
 * control with a name, so icons are hidden from screen readers.
 */
const CIRCLE = 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18';

const PATHS = {
  check: 'M5 12.5l4.5 4.5L19 7',
  cross: 'M6.5 6.5l11 11m0-11l-11 11',
  menu: 'M4 7h16M4 12h16M4 17h16',
  info: `${CIRCLE}M12 11v5m0-8v.5`,
  clock: `${CIRCLE}M12 7v5l3 2`,
  book: 'M12 6v14M3 5h6l3 1 3-1h6v13h-6l-3 2-3-2H3z',
  award: 'M12 3a6 6 0 1 0 0 12a6 6 0 1 0 0-12M8.5 14 7 21l5-2.5 5 2.5-1.5-7',
  print: 'M7 9V3h10v6M7 18H4v-8h16v8h-3M7 14h10v7H7z',
  download: 'M12 3v12m-5-5 5 5 5-5M4 20h16',
  up: 'M12 19V5m-6 6 6-6 6 6',
  down: 'M12 5v14m-6-6 6 6 6-6',
  grip: 'M9 6v.5M15 6v.5M9 12v.5M15 12v.5M9 18v.5M15 18v.5',
  next: 'M5 12h14m-6-6 6 6-6 6',
  link: 'M14 4h6v6m0-6-9 9m7 1v6H4V6h6',
} as const;

export type IconName = keyof typeof PATHS;

/** One of the set by name, or a shape only one part draws (its `d`), kept out of player.js, which carries the set. */
type IconProps = { name: IconName; d?: undefined } | { name: string; d: string };

export function Icon({ name, d = PATHS[name as IconName] }: IconProps) {
  return (
    <svg class={`icon icon-${name}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}
