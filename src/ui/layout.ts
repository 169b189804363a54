/** How the screen is divided at a given terminal size. Pure, so every size from 48×14 up can be tested. */

export const MIN_COLUMNS = 48;
export const MIN_ROWS = 14;
/** Below this width the side pane is not shown beside the reader; it takes the whole body when focused. */
export const SIDE_BY_SIDE_COLUMNS = 90;

export interface ScreenLayout {
  columns: number;
  /** Rows drawn: one less than the terminal, so Ink keeps diffing lines instead of clearing the screen. */
  height: number;
  bodyHeight: number;
  /** Width of the side pane (0 when hidden), including its border column. */
  sideWidth: number;
  readerWidth: number;
  gutterWidth: number;
}

export function screenLayout(columns: number, rows: number, sideFocused: boolean): ScreenLayout {
  const c = Math.max(20, columns);
  const height = Math.max(4, rows - 1);
  const bodyHeight = Math.max(1, height - 2);
  let sideWidth = 0;
  if (c >= SIDE_BY_SIDE_COLUMNS) sideWidth = Math.max(30, Math.min(42, Math.round(c * 0.3)));
  else if (sideFocused) sideWidth = c;
  const readerWidth = c - (sideWidth === c ? 0 : sideWidth);
  const gutterWidth = readerWidth >= 64 ? 13 : 6;
  return { columns: c, height, bodyHeight, sideWidth, readerWidth, gutterWidth };
}
