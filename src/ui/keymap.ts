/**
 * Every key binding of the TUI, as data. The same table resolves key presses (resolveAction) and draws the
 * help overlay and the footer hints, so what the help screen says is what the keys do.
 */
import type { Key } from 'ink';
import { sanitizeForTerminal } from '../terminal/sanitize.js';

/**
 * Where a binding applies. `global` bindings apply in the reader and in the side lists; `library` is the
 * list of transcripts shown when parley opens a folder (or several files).
 */
export type KeyContext = 'library' | 'global' | 'reader' | 'list' | 'search' | 'help' | 'evidence';

export type Action =
  | 'quit'
  | 'help.open'
  | 'search.open'
  | 'focus.next'
  | 'focus.previous'
  | 'copy'
  | 'section.next'
  | 'section.previous'
  | 'quote.next'
  | 'quote.previous'
  | 'page.down'
  | 'page.up'
  | 'halfpage.down'
  | 'halfpage.up'
  | 'quote.first'
  | 'quote.last'
  | 'speaker.next'
  | 'speaker.previous'
  | 'result.next'
  | 'result.previous'
  | 'filter.clear'
  | 'list.down'
  | 'list.up'
  | 'list.open'
  | 'list.pick'
  | 'list.leave'
  | 'search.down'
  | 'search.up'
  | 'search.older'
  | 'search.edit'
  | 'search.jump'
  | 'search.close'
  | 'search.backspace'
  | 'search.clear'
  | 'help.close'
  | 'help.down'
  | 'help.up'
  | 'help.pageDown'
  | 'help.pageUp'
  | 'library.down'
  | 'library.up'
  | 'library.pageDown'
  | 'library.pageUp'
  | 'library.first'
  | 'library.last'
  | 'library.open'
  | 'library.sort'
  | 'evidence.open'
  | 'evidence.close'
  | 'numbers.toggle';

export interface Binding {
  action: Action;
  context: KeyContext;
  /** Normalised key names as produced by keyNames(): 'j', 'G', 'down', 'ctrl+n', 'shift+tab', 'space'. */
  keys: string[];
  description: string;
  /** Short label for the footer; bindings without one are only in the help overlay. */
  hint?: string;
  /** Keys shown with the hint when not simply the first key ('j/k'). */
  hintKeys?: string;
  /**
   * Who acts on the key. 'app' (default): App.tsx's dispatcher. 'select': ink-select-input, which owns j/k,
   * arrows, digits and Enter while a side list has focus; the row is here so help still lists it.
   */
  handledBy?: 'app' | 'select';
}

export const keymap: readonly Binding[] = [
  // Library (a folder or several files): one row per transcript
  { action: 'library.down', context: 'library', keys: ['j', 'down'], description: 'Next transcript', hint: 'move', hintKeys: 'j/k' },
  { action: 'library.up', context: 'library', keys: ['k', 'up'], description: 'Previous transcript' },
  { action: 'library.pageDown', context: 'library', keys: ['pagedown', 'space'], description: 'Page down' },
  { action: 'library.pageUp', context: 'library', keys: ['pageup', 'b'], description: 'Page up' },
  { action: 'library.first', context: 'library', keys: ['g', 'home'], description: 'First transcript' },
  { action: 'library.last', context: 'library', keys: ['G', 'end'], description: 'Last transcript' },
  { action: 'library.open', context: 'library', keys: ['enter'], description: 'Open the transcript (Esc in the reader comes back)', hint: 'open' },
  { action: 'library.sort', context: 'library', keys: ['s'], description: 'Sort by date: newest / oldest first', hint: 'sort' },
  { action: 'search.open', context: 'library', keys: ['/'], description: 'Search every transcript (@name limits to a person)', hint: 'search' },
  { action: 'help.open', context: 'library', keys: ['?'], description: 'Show this help', hint: 'help' },
  { action: 'quit', context: 'library', keys: ['q', 'ctrl+c'], description: 'Quit', hint: 'quit' },
  // Reader
  { action: 'quote.next', context: 'reader', keys: ['j', 'down'], description: 'Next quote', hint: 'quote', hintKeys: 'j/k' },
  { action: 'quote.previous', context: 'reader', keys: ['k', 'up'], description: 'Previous quote' },
  { action: 'page.down', context: 'reader', keys: ['pagedown', 'space', 'ctrl+f'], description: 'Page down' },
  { action: 'page.up', context: 'reader', keys: ['pageup', 'b', 'ctrl+b'], description: 'Page up' },
  { action: 'halfpage.down', context: 'reader', keys: ['ctrl+d', 'd'], description: 'Half a page down (as in less)' },
  { action: 'halfpage.up', context: 'reader', keys: ['ctrl+u', 'u'], description: 'Half a page up (as in less)' },
  { action: 'quote.first', context: 'reader', keys: ['g', 'home'], description: 'First quote' },
  { action: 'quote.last', context: 'reader', keys: ['G', 'end'], description: 'Last quote' },
  { action: 'speaker.next', context: 'reader', keys: ['}'], description: 'Next quote of the same speaker' },
  { action: 'speaker.previous', context: 'reader', keys: ['{'], description: 'Previous quote of the same speaker' },
  { action: 'result.next', context: 'reader', keys: ['n'], description: 'Next search result (its matched words highlighted)' },
  { action: 'result.previous', context: 'reader', keys: ['N'], description: 'Previous search result' },
  { action: 'filter.clear', context: 'reader', keys: ['escape'], description: 'Show every speaker again; in a library, back to the list' },
  { action: 'evidence.open', context: 'reader', keys: ['i'], description: 'Why this speaker: the rule, the words that decided it, how sure' },
  { action: 'numbers.toggle', context: 'reader', keys: ['#'], description: 'Show / hide paragraph numbers in the gutter' },
  // Reader and side lists
  { action: 'section.next', context: 'global', keys: [']'], description: 'Next section (after the last, the first)', hint: 'section', hintKeys: ']/[' },
  { action: 'section.previous', context: 'global', keys: ['['], description: 'Previous section (before the first, the last)' },
  { action: 'search.open', context: 'global', keys: ['/'], description: 'Search quotes (@name limits to a speaker)', hint: 'search' },
  { action: 'focus.next', context: 'global', keys: ['tab'], description: 'Focus next pane: sections → speakers → reader', hint: 'pane' },
  { action: 'focus.previous', context: 'global', keys: ['shift+tab'], description: 'Focus previous pane' },
  { action: 'copy', context: 'global', keys: ['y'], description: 'Copy the current quote with its citation (OSC 52)', hint: 'copy' },
  { action: 'help.open', context: 'global', keys: ['?'], description: 'Show this help', hint: 'help' },
  { action: 'quit', context: 'global', keys: ['q', 'ctrl+c'], description: 'Quit', hint: 'quit' },
  // Side lists (sections, speakers)
  { action: 'list.down', context: 'list', keys: ['j', 'down'], description: 'Move down the list', handledBy: 'select', hint: 'move', hintKeys: 'j/k' },
  { action: 'list.up', context: 'list', keys: ['k', 'up'], description: 'Move up the list', handledBy: 'select' },
  { action: 'list.open', context: 'list', keys: ['enter'], description: 'Jump to the section / show only that speaker', handledBy: 'select', hint: 'open' },
  { action: 'list.pick', context: 'list', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], description: 'Open the Nth visible entry', handledBy: 'select' },
  { action: 'list.leave', context: 'list', keys: ['escape'], description: 'Back to the reader', hint: 'reader' },
  // Search box
  { action: 'search.down', context: 'search', keys: ['down', 'ctrl+n'], description: 'Next result', hint: 'choose', hintKeys: '↑/↓' },
  { action: 'search.up', context: 'search', keys: ['up', 'ctrl+p'], description: 'Previous result; on the first result, an older query' },
  { action: 'search.older', context: 'search', keys: ['ctrl+r'], description: 'Older query of this session (after the oldest, the newest)' },
  { action: 'search.edit', context: 'search', keys: ['right', 'end'], description: 'Edit the recalled query (typing replaces it)' },
  { action: 'search.jump', context: 'search', keys: ['enter'], description: 'Jump to the quote in context', hint: 'jump' },
  { action: 'search.close', context: 'search', keys: ['escape'], description: 'Close the search box', hint: 'close' },
  { action: 'search.backspace', context: 'search', keys: ['backspace'], description: 'Delete the last character' },
  { action: 'search.clear', context: 'search', keys: ['ctrl+u'], description: 'Clear the query' },
  { action: 'quit', context: 'search', keys: ['ctrl+c'], description: 'Quit' },
  // Help overlay
  { action: 'help.down', context: 'help', keys: ['j', 'down'], description: 'Scroll down', hint: 'scroll', hintKeys: 'j/k' },
  { action: 'help.up', context: 'help', keys: ['k', 'up'], description: 'Scroll up' },
  { action: 'help.pageDown', context: 'help', keys: ['pagedown', 'space'], description: 'Page down' },
  { action: 'help.pageUp', context: 'help', keys: ['pageup', 'b'], description: 'Page up' },
  { action: 'help.close', context: 'help', keys: ['escape', '?', 'q'], description: 'Close help', hint: 'close' },
  { action: 'quit', context: 'help', keys: ['ctrl+c'], description: 'Quit' },
  // Evidence view (i on a quote)
  { action: 'evidence.close', context: 'evidence', keys: ['escape', 'i', 'q'], description: 'Close the evidence view', hint: 'close' },
  { action: 'quit', context: 'evidence', keys: ['ctrl+c'], description: 'Quit' },
];

/** The footer's answer to a key that does nothing where it was pressed (rather than silence). */
export const UNKNOWN_KEY_HINT = '? for keys';

/** The contexts searched, in order, for a key pressed while `focus` is active. */
export function contextChain(focus: KeyContext): KeyContext[] {
  if (focus === 'reader' || focus === 'list') return [focus, 'global'];
  return [focus];
}

/**
 * Names for one key press, most specific first: 'ctrl+n', 'shift+tab', 'down', 'G', 'space', '?'.
 * Empty for text that is not a single key (a paste), which only the search box accepts.
 */
export function keyNames(input: string, key: Key): string[] {
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.pageDown) return ['pagedown'];
  if (key.pageUp) return ['pageup'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.return) return ['enter'];
  if (key.escape) return ['escape'];
  if (key.tab) return [key.shift ? 'shift+tab' : 'tab'];
  // Ink reports DEL (what most terminals send for Backspace) as `delete`.
  if (key.backspace || key.delete) return ['backspace'];
  if (key.ctrl && input.length === 1) return [`ctrl+${input.toLowerCase()}`];
  if (input === ' ') return ['space'];
  if ([...input].length === 1) return [input];
  return [];
}

/**
 * Several plain characters in one read (fast typing, tmux send-keys, a paste) as one key each, a carriage
 * return among them as Enter; null when the read is a single key (or a control sequence).
 */
export function singleKeys(input: string, key: Key): [string, Key][] | null {
  if (key.ctrl || key.meta || [...input].length <= 1) return null;
  return [...input].map((ch): [string, Key] => (ch === '\r' ? ['', { ...key, return: true }] : [ch, { ...key, shift: /[A-Z]/.test(ch) }]));
}

/** Typed text for a search box: printable characters only. */
export function typedText(input: string, key: Key): string {
  if (key.ctrl || key.meta || key.escape) return '';
  return sanitizeForTerminal(input).replace(/[\u2400-\u2421\ufffd]/g, '');
}

export function resolveAction(focus: KeyContext, names: readonly string[]): Binding | undefined {
  for (const context of contextChain(focus)) {
    for (const name of names) {
      const binding = keymap.find((b) => b.context === context && b.keys.includes(name));
      if (binding) return binding;
    }
  }
  return undefined;
}

const KEY_LABELS: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pagedown: 'PgDn',
  pageup: 'PgUp',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift-Tab',
  backspace: 'Backspace',
  space: 'Space',
};

/** How a key name is written for people: 'ctrl+n' → 'Ctrl-N', 'pagedown' → 'PgDn'. */
export function keyLabel(name: string): string {
  if (KEY_LABELS[name]) return KEY_LABELS[name];
  if (name.startsWith('ctrl+')) return `Ctrl-${name.slice(5).toUpperCase()}`;
  return name;
}

/** The keys of a binding for display; runs of digits collapse to '1-9'. */
export function keysLabel(binding: Binding): string {
  const keys = binding.keys;
  if (keys.length > 2 && keys.every((k) => /^\d$/.test(k))) return `${keys[0]}-${keys[keys.length - 1]}`;
  return keys.map(keyLabel).join(' ');
}

export const CONTEXT_TITLES: Record<KeyContext, string> = {
  library: 'Library',
  reader: 'Reader',
  global: 'Reader and side panes',
  list: 'Sections and speakers panes',
  search: 'Search box',
  help: 'Help',
  evidence: 'Evidence view',
};

/** Footer hints for a context: the first key of each binding that has a hint. */
export function footerHints(focus: KeyContext): { keys: string; hint: string }[] {
  const out: { keys: string; hint: string }[] = [];
  for (const context of contextChain(focus)) {
    for (const b of keymap) {
      if (b.context === context && b.hint) out.push({ keys: b.hintKeys ?? keyLabel(b.keys[0]), hint: b.hint });
    }
  }
  return out;
}
