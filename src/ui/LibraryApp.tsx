/**
 * The TUI for a library (a folder, or several files): a list of transcripts, sortable by date, searched
 * all at once; Enter opens one in the reader (App), whose Esc comes back with the cursor where it was.
 * The list is on screen while the library is still being read (LibraryFeed): rows appear as they load,
 * a progress bar says how far it is, and search covers what has loaded so far.
 *
 * Keys come from the keymap's `library` context (and `search` / `help` for the overlays), so the help
 * overlay lists exactly what the keys do. State is one object updated through a ref, as in App.
 */
import React, { useCallback, useEffect, useMemo, useRef } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import type { Transcript } from '../model/transcript.js';
import type { SearchHit, SearchIndex } from '../search/types.js';
import { olderEntry, rememberQuery } from './query-history.js';
import { resultsOf, type SearchMarks } from './search-marks.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { App } from './App.js';
import { docFor } from './document.js';
import { type Binding, type KeyContext } from './keymap.js';
import { screenLayout } from './layout.js';
import type { LibraryFeed } from './library-feed.js';
import { libraryHeaderText, libraryListHeight, libraryRow, libraryStatus, progressText, sortRows, type LibraryRow, type SortOrder } from './library-rows.js';
import { createTheme, noColorRequested } from './theme.js';
import { useCommittedState } from './hooks/use-committed-state.js';
import { useKeyDispatch } from './hooks/use-key-dispatch.js';
import { useLibrary } from './hooks/use-library.js';
import { useTerminalSize, type Size } from './hooks/use-terminal-size.js';
import { Footer } from './components/Footer.js';
import { HelpOverlay, scrollHelp } from './components/HelpOverlay.js';
import { LibraryView } from './components/LibraryView.js';
import { SearchPanel } from './components/SearchPanel.js';

export interface LibraryAppProps {
  feed: LibraryFeed;
  /** Search index of one open transcript (the reader's own search box). */
  createIndex: (transcripts: Transcript[]) => SearchIndex;
  /** The library's name for the header (the folder's name). */
  label?: string;
  onExit?: (code: number) => void;
  size?: Size;
  color?: boolean;
  clipboard?: { write(chunk: string): boolean };
  messageTimeout?: number;
}

/** A transcript open in the reader, and where to show it. */
interface Opened {
  transcript: number;
  quote?: number;
  results?: number[];
  resultAt?: number;
  /** The matched words of the results, highlighted in the reader. */
  marks?: SearchMarks | null;
  /** Changes on every opening, so the reader starts afresh. */
  seq: number;
}

interface LibraryState {
  view: 'library' | 'reader';
  overlay: 'none' | 'help' | 'search';
  order: SortOrder;
  /** Transcript (library index) under the cursor: it stays under the cursor as rows arrive or re-sort. */
  selected: number;
  top: number;
  query: string;
  hits: SearchHit[];
  hitAt: number;
  /** The query shown is a recalled one, selected: typing replaces it. */
  querySelected: boolean;
  /** Queries searched this session, newest first; which one the box shows (-1: typed). */
  history: string[];
  historyAt: number;
  /** The last library search's results grouped by transcript, for n / N across transcripts. */
  groups: SearchHit[][];
  opened: Opened | null;
  helpTop: number;
  message: string | null;
}

const SEARCH_LIMIT = 50;
const HELP_ORDER: KeyContext[] = ['library', 'search', 'help', 'reader', 'global', 'list', 'evidence'];

const initialState: LibraryState = {
  view: 'library',
  overlay: 'none',
  order: 'newest',
  selected: -1,
  top: 0,
  query: '',
  hits: [],
  hitAt: 0,
  querySelected: false,
  history: [],
  historyAt: -1,
  groups: [],
  opened: null,
  helpTop: 0,
  message: null,
};

/** Hits grouped by transcript, the groups in the order of their best hit. */
function groupByTranscript(hits: readonly SearchHit[]): SearchHit[][] {
  const groups = new Map<number, SearchHit[]>();
  for (const h of hits) {
    const list = groups.get(h.doc.transcript);
    if (list) list.push(h);
    else groups.set(h.doc.transcript, [h]);
  }
  return [...groups.values()];
}

export function LibraryApp({ feed, createIndex, label, onExit, size: fixedSize, color, clipboard, messageTimeout = 4000 }: LibraryAppProps) {
  const app = useApp();
  const size = useTerminalSize(fixedSize);
  const theme = useMemo(() => createTheme(color ?? !noColorRequested()), [color]);
  const library = useLibrary(feed);

  // Rows are made once per transcript object (merging replaces the objects, and names become people's).
  const rowCache = useMemo(() => new WeakMap<Transcript, LibraryRow>(), [library.people]);
  const rows = useMemo(
    () =>
      library.transcripts.map((t, i) => {
        let row = rowCache.get(t);
        if (!row) rowCache.set(t, (row = libraryRow(t, i, (id) => library.people?.get(id))));
        return row;
      }),
    [library.transcripts, rowCache],
  );

  const { state, stateRef, commit } = useCommittedState<LibraryState>(() => initialState, messageTimeout);
  const sorted = useMemo(() => sortRows(rows, state.order), [rows, state.order]);

  const screen = screenLayout(size.columns, size.rows, false);
  const progress = progressText(library.phase, library.phase === 'loading' ? library.done : library.transcripts.length, library.total, screen.columns, library.error);
  const listHeight = libraryListHeight(screen.bodyHeight, progress !== null);

  const env = useRef({ sorted, listHeight, library });
  env.current = { sorted, listHeight, library };

  const quit = useCallback(
    (code: number) => {
      feed.stop();
      if (onExit) onExit(code);
      else app.exit();
    },
    [feed, onExit, app],
  );

  /** Cursor position in the sorted rows (the first row when the selected transcript is not there). */
  const cursorOf = (s: LibraryState, list: readonly LibraryRow[]) => Math.max(0, list.findIndex((r) => r.index === s.selected));
  /** The first row shown: the previous one, moved just enough to keep the cursor in view. */
  const topFor = (top: number, cursor: number, height: number, count: number) =>
    Math.max(0, Math.min(Math.max(0, count - height), Math.min(cursor, Math.max(top, cursor - height + 1))));

  const moveTo = (s: LibraryState, position: number): LibraryState => {
    const { sorted, listHeight } = env.current;
    if (!sorted.length) return s;
    const at = Math.max(0, Math.min(sorted.length - 1, position));
    return { ...s, selected: sorted[at].index, top: topFor(s.top, at, listHeight, sorted.length) };
  };

  const runSearch = (s: LibraryState, query: string, refresh = false): LibraryState => {
    let hits: SearchHit[] = [];
    // Opening the box (re)builds the index over what has loaded so far, while loading.
    const index = refresh || query.trim() ? feed.index(refresh) : null;
    if (index && query.trim()) {
      try {
        hits = index.search(query, { limit: SEARCH_LIMIT });
      } catch {
        hits = [];
      }
    }
    return { ...s, query, hits, hitAt: 0, querySelected: false, historyAt: -1 };
  };

  const remember = (s: LibraryState): string[] => rememberQuery(s.history, s.query);
  /** The next older query of the session, shown selected. */
  const olderQuery = (s: LibraryState): LibraryState => {
    const older = olderEntry(s.history, s.historyAt);
    return older ? { ...runSearch(s, older.query), querySelected: true, historyAt: older.at } : { ...s, message: 'no earlier searches' };
  };

  const open = (s: LibraryState, opened: Omit<Opened, 'seq'>): LibraryState => ({
    ...s,
    view: 'reader',
    overlay: 'none',
    selected: opened.transcript,
    opened: { ...opened, seq: (s.opened?.seq ?? 0) + 1 },
  });

  /** Opens a group of search results: its transcript at result `at`, the group stepped through with n / N. */
  const openGroup = (s: LibraryState, group: readonly SearchHit[], at: number): LibraryState => {
    const transcript = env.current.library.transcripts[group[0].doc.transcript];
    if (!transcript) return { ...s, message: 'no match' };
    const doc = docFor(transcript);
    const { results, marks } = resultsOf(doc, group);
    const quote = doc.quoteIndexById.get(group[at]?.doc.quote.id ?? '');
    return open(s, { transcript: group[0].doc.transcript, quote, results, resultAt: quote === undefined ? -1 : results.indexOf(quote), marks });
  };

  const act = (s: LibraryState, binding: Binding, names: string[]): LibraryState | null => {
    const { sorted, listHeight } = env.current;
    const cursor = cursorOf(s, sorted);
    switch (binding.action) {
      case 'quit':
        quit(names.includes('ctrl+c') ? 130 : 0);
        return null;
      case 'library.down':
        return moveTo(s, cursor + 1);
      case 'library.up':
        return moveTo(s, cursor - 1);
      case 'library.pageDown':
        return moveTo({ ...s, top: s.top + listHeight }, cursor + listHeight);
      case 'library.pageUp':
        return moveTo({ ...s, top: Math.max(0, s.top - listHeight) }, cursor - listHeight);
      case 'library.first':
        return moveTo(s, 0);
      case 'library.last':
        return moveTo(s, sorted.length - 1);
      case 'library.sort': {
        const order: SortOrder = s.order === 'newest' ? 'oldest' : 'newest';
        // The cursor goes to the top of the new order: the newest (or oldest) transcript.
        const first = sortRows(sorted, order)[0];
        return { ...s, order, selected: first ? first.index : -1, top: 0, message: `${order} first` };
      }
      case 'library.open': {
        const row = sorted[cursor];
        if (!row) return { ...s, message: 'nothing loaded yet' };
        return open(s, { transcript: row.index });
      }
      case 'search.open':
        // The last query comes back, selected: typing replaces it, → or End edits it.
        return { ...runSearch({ ...s, overlay: 'search' }, s.query, true), querySelected: s.query.trim() !== '', historyAt: s.query.trim() ? 0 : -1 };
      case 'help.open':
        return { ...s, overlay: 'help', helpTop: 0 };
      case 'search.down':
        return { ...s, hitAt: Math.max(0, Math.min(s.hits.length - 1, s.hitAt + 1)) };
      case 'search.up':
        return s.hitAt <= 0 ? olderQuery(s) : { ...s, hitAt: s.hitAt - 1 };
      case 'search.older':
        return olderQuery(s);
      case 'search.edit':
        return { ...s, querySelected: false };
      case 'search.backspace':
        return runSearch(s, s.querySelected ? '' : [...s.query].slice(0, -1).join(''));
      case 'search.clear':
        return runSearch(s, '');
      case 'search.close':
        return { ...s, overlay: 'none', history: remember(s) };
      case 'search.jump': {
        const hit = s.hits[s.hitAt];
        if (!hit) return { ...s, message: 'no match' };
        const groups = groupByTranscript(s.hits);
        const group = groups.find((g) => g[0].doc.transcript === hit.doc.transcript)!;
        return openGroup({ ...s, groups, history: remember(s) }, group, group.indexOf(hit));
      }
      case 'help.down':
      case 'help.up':
      case 'help.pageDown':
      case 'help.pageUp':
        return { ...s, helpTop: scrollHelp(binding.action, s.helpTop, screenLayout(size.columns, size.rows, false).bodyHeight, HELP_ORDER) };
      case 'help.close':
        return { ...s, overlay: 'none' };
      default:
        return null;
    }
  };
  const onKey = useKeyDispatch(stateRef, commit, {
    contextOf: (s) => (s.view !== 'library' ? null : s.overlay === 'search' ? 'search' : s.overlay === 'help' ? 'help' : 'library'),
    act,
    type: (s, text) => runSearch(s, s.querySelected ? text : s.query + text),
  });

  useInput(onKey, { isActive: state.view === 'library' });
  // Every key, here or in the reader, tells the feed to hold its blocking steps until the typing pauses.
  useInput(() => feed.noteActivity());

  // When the whole library is indexed, an open search box searches all of it.
  useEffect(() => {
    const s = stateRef.current;
    if (library.phase === 'ready' && s.overlay === 'search' && s.query.trim()) commit({ ...runSearch(s, s.query), hitAt: Math.min(s.hitAt, SEARCH_LIMIT - 1) });
  }, [library.phase]);

  const back = useCallback(() => commit({ ...stateRef.current, view: 'library' }), []);
  const onResultEdge = useCallback((direction: 1 | -1): boolean => {
    const s = stateRef.current;
    const groups = s.groups;
    if (groups.length < 2 || !s.opened) return false;
    const at = groups.findIndex((g) => g[0].doc.transcript === s.opened!.transcript);
    const next = groups[(at + direction + groups.length) % groups.length];
    commit({ ...openGroup(s, next, direction === 1 ? 0 : next.length - 1), message: null });
    return true;
  }, []);

  const opened = state.view === 'reader' && state.opened ? state.opened : null;
  const openedTranscript = opened ? library.transcripts[opened.transcript] : undefined;
  const readerTranscripts = useMemo(() => (openedTranscript ? [openedTranscript] : []), [openedTranscript]);

  const count = library.transcripts.length;
  if (opened && openedTranscript) {
    const position = sorted.findIndex((r) => r.index === opened.transcript);
    const where = [label ? sanitizeForTerminal(label) : '', `${position + 1} of ${count}`].filter(Boolean).join(' · ');
    return (
      <App
        key={`${opened.transcript}:${opened.seq}`}
        transcripts={readerTranscripts}
        createIndex={createIndex}
        size={fixedSize}
        color={color}
        clipboard={clipboard}
        label={where}
        messageTimeout={messageTimeout}
        initialQuote={opened.quote}
        initialResults={opened.results}
        initialMarks={opened.marks}
        initialResultAt={opened.resultAt}
        onBack={back}
        onResultEdge={onResultEdge}
        onExit={quit}
      />
    );
  }

  const cursor = cursorOf(state, sorted);
  const top = topFor(state.top, cursor, listHeight, sorted.length);
  const header = libraryHeaderText(label ?? '', { transcripts: count, quotes: rows.reduce((n, r) => n + r.quotes, 0), people: library.people?.size ?? null }, screen.columns);
  const context: KeyContext = state.overlay === 'search' ? 'search' : state.overlay === 'help' ? 'help' : 'library';
  const mode = state.overlay === 'search' ? 'SEARCH' : state.overlay === 'help' ? 'HELP' : 'LIBRARY';
  const indexed = feed.indexedCount();
  const note =
    library.phase === 'ready'
      ? undefined
      : `searching ${indexed.toLocaleString('en-US')} of ${(library.total || count).toLocaleString('en-US')} transcripts (${library.phase === 'loading' ? 'still loading; / again for more' : 'indexing the library…'})`;

  const describe = (hit: SearchHit) => {
    const t = library.transcripts[hit.doc.transcript];
    const row = t ? rows[hit.doc.transcript] : undefined;
    const s = hit.doc.speaker;
    const speaker = s ? sanitizeForTerminal((s.person !== undefined ? library.people?.get(s.person) : undefined) ?? s.name) : 'Unattributed';
    const where = row ? [row.title, row.date].filter(Boolean).join(' · ') : '';
    const label = where ? `${speaker} · ${where}` : speaker;
    return { label: hit.doc.in === 'narration' ? `narration → ${label}` : label, speakerIndex: t && s ? t.speakers.findIndex((x) => x.id === s.id) : -1 };
  };

  return (
    <Box flexDirection="column" width={screen.columns} height={screen.height}>
      <Box height={1} width={screen.columns}>
        <Text wrap="truncate-end">
          <Text bold color={theme.accent}>{header.title}</Text>
          {' '.repeat(header.gap)}
          <Text color={theme.muted}>{header.right}</Text>
        </Text>
      </Box>
      <Box height={screen.bodyHeight} flexDirection="column">
        {state.overlay === 'help' ? (
          <HelpOverlay width={screen.columns} height={screen.bodyHeight} top={state.helpTop} theme={theme} order={HELP_ORDER} />
        ) : state.overlay === 'search' ? (
          <SearchPanel
            doc={null}
            query={state.query}
            querySelected={state.querySelected}
            hits={state.hits}
            selected={state.hitAt}
            width={screen.columns}
            height={screen.bodyHeight}
            theme={theme}
            describe={describe}
            note={note}
            placeholder="Type to search every transcript; @name limits to a person"
          />
        ) : (
          <LibraryView rows={sorted} cursor={cursor} top={top} width={screen.columns} height={screen.bodyHeight} theme={theme} progress={progress} />
        )}
      </Box>
      <Footer width={screen.columns} mode={mode} context={context} message={state.message ?? undefined} status={state.overlay === 'none' ? libraryStatus(state.order, cursor, sorted.length) : ''} theme={theme} />
    </Box>
  );
}
