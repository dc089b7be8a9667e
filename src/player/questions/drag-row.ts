/**
 * Drags a list row by its grip, with a mouse, a pen or a finger (Pointer Events). The row moves
 * as the pointer passes the middle of a neighbour, so the list always shows where the item will
 * land. Moves and the release are followed on the window: moving the row in the DOM drops the
 * pointer's capture, and the finger may be lifted anywhere.
 */
export function dragRow(down: PointerEvent, onMove: (to: number) => void, onDrop: (at: number) => void): void {
  down.preventDefault();
  const row = (down.currentTarget as Element).closest('li')!;
  const list = row.parentElement!;
  const position = () => [...list.children].indexOf(row);
  const move = (e: PointerEvent) => {
    const to = [...list.children].filter((other) => {
      const box = other.getBoundingClientRect();
      return other !== row && box.top + box.height / 2 < e.clientY;
    }).length;
    if (to !== position()) onMove(to);
  };
  const end = () => {
    removeEventListener('pointermove', move);
    removeEventListener('pointerup', end);
    removeEventListener('pointercancel', end);
    onDrop(position());
  };
  addEventListener('pointermove', move);
  addEventListener('pointerup', end);
  addEventListener('pointercancel', end);
}
