/**
 * The TUI: header, side pane (sections, speakers), reader, footer, and the search and help overlays.
 * Every key goes through the keymap (keymap.ts); the state lives in one object updated synchronously
 * through a ref, so several keys arriving in one read (a paste, tmux send-keys) each see the last state.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, renderToString, useApp, useInput, useStdout } from 'ink';
import type { Transcript } from '../model/transcript.js';
import type { SearchHit, SearchIndex } from '../search/types.js';
import { copyMessage, writeClipboard } from '../terminal/osc52.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { positionText } from './chrome.js';
import { citationText } from './citation.js';
import { docFor, type Doc } from './document.js';
import { type Binding, type KeyContext } from './keymap.js';
import { screenLayout } from './layout.js';
import {
  currentSection,
  edge,
  gotoSection,
  page,
  reveal,
  settle,
  START,
  startPosition,
  stepQuote,
  stepSameSpeaker,
  stepSection,
  topRow,
  type ReaderPosition,
} from './navigation.js';
import { anchorOfRow, maxTop, readerLayoutFor, type ReaderLayout } from './reader-layout.js';
import { olderEntry, rememberQuery } from './query-history.js';
import { resultsOf, type SearchMarks } from './search-marks.js';
import { createTheme, noColorRequested } from './theme.js';
import { useCommittedState } from './hooks/use-committed-state.js';
import { useKeyDispatch } from './hooks/use-key-dispatch.js';
import { useTerminalSize, type Size } from './hooks/use-terminal-size.js';
import { Header } from './components/Header.js';
import { Footer } from './components/Footer.js';
import { Reader } from './components/Reader.js';
import { SidePane } from './components/SidePane.js';
import { SearchPanel } from './components/SearchPanel.js';
import { HelpOverlay, scrollHelp } from './components/HelpOverlay.js';
import { EvidencePanel } from './components/EvidencePanel.js';

export type Focus = 'reader' | 'sections' | 'speakers';
export type Overlay = 'none' | 'help' | 'search' | 'evidence';

export interface AppState {
  focus: Focus;
  overlay: Overlay;
  position: ReaderPosition;
  /** Speaker index whose quotes alone are shown, or null for the whole transcript. */
  filter: number | null;
  query: string;
  hits: SearchHit[];
  selected: number;
  /** Quote indexes of the last search, stepped through with n / N. */
  results: number[];
  resultAt: number;
  /** The last search's matched words, highlighted in the reader after Enter (search-marks.ts). */
  marks: SearchMarks | null;
  /** Whether the query in the box is a recalled one shown selected: typing replaces it. */
  querySelected: boolean;
  /** Queries searched this session, newest first (/ shows the newest; ↑ on the first result, Ctrl-R older). */
  history: string[];
  /** Which history entry the box shows, or -1 when the query was typed. */
  historyAt: number;
  helpTop: number;
  message: string | null;
  /** Paragraph numbers shown in the gutter (`#`). */
  numbers: boolean;
  /** The quote the evidence view (`i`) explains. */
  evidenceQuote: number;
}

export interface AppProps {
  transcripts: Transcript[];
  /** Builds the search index (src/search); called once, after the first frame. */
  createIndex: (transcripts: Transcript[]) => SearchIndex;
  /** Called with the exit code when the user quits; defaults to Ink's exit(). */
  onExit?: (code: number) => void;
  /** Fixed terminal size (tests); otherwise the real one, updated on resize. */
  size?: Size;
  /** Colour on or off; defaults to on unless NO_COLOR is set. */
  color?: boolean;
  /** Where OSC 52 goes; defaults to Ink's stdout. */
  clipboard?: { write(chunk: string): boolean };
  /** Shown at the right of the header (e.g. the file name). */
  label?: string;
  /** How long a footer message stays, in ms. */
  messageTimeout?: number;
  /** In a library (LibraryApp): the quote (index in reading order) to show first, in context. */
  initialQuote?: number;
  /** In a library: quote indexes of a library search's results in this transcript, for n / N. */
  initialResults?: number[];
  initialResultAt?: number;
  /** In a library: the matched words of those results, highlighted (search-marks.ts). */
  initialMarks?: SearchMarks | null;
  /** In a library: Esc with no speaker filter goes back to the list. */
  onBack?: () => void;
  /** In a library: n / N past this transcript's last / first result; true when another transcript takes over. */
  onResultEdge?: (direction: 1 | -1) => boolean;
}

const SEARCH_LIMIT = 50;
/** Typed as a person types them: one letter, a word growing, a typo, a second word. */
const WARM_UP_QUERIES = ['w', 'wo', 'wor', 'word', 'wrod', 'word th', 'word the'];
/** Those of them also drawn off screen (each draw is a frame's work). */
const WARM_UP_DRAWN = new Set(['w', 'wor', 'wrod', 'word the']);
const FOCUS_ORDER: Focus[] = ['sections', 'speakers', 'reader'];

const initialState: AppState = {
  focus: 'reader',
  overlay: 'none',
  position: START,
  filter: null,
  query: '',
  hits: [],
  selected: 0,
  results: [],
  resultAt: -1,
  marks: null,
  querySelected: false,
  history: [],
  historyAt: -1,
  helpTop: 0,
  message: null,
  numbers: false,
  evidenceQuote: -1,
};

export function App({
  transcripts,
  createIndex,
  onExit,
  size: fixedSize,
  color,
  clipboard,
  label,
  messageTimeout = 4000,
  initialQuote,
  initialResults,
  initialResultAt,
  initialMarks,
  onBack,
  onResultEdge,
}: AppProps) {
  const app = useApp();
  const { stdout } = useStdout();
  const size = useTerminalSize(fixedSize);
  const theme = useMemo(() => createTheme(color ?? !noColorRequested()), [color]);
  // One transcript is open at a time; a library view (several transcripts) will choose which.
  const [current] = useState(0);
  const doc = useMemo<Doc>(() => docFor(transcripts[current]), [transcripts, current]);

  const { state, stateRef, commit } = useCommittedState<AppState>(() => {
    const scr = screenLayout(size.columns, size.rows, false);
    const position = startPosition(doc, readerLayoutFor(doc, Math.max(8, scr.readerWidth - scr.gutterWidth), null), scr.bodyHeight);
    const start = { ...initialState, position };
    return initialResults?.length ? { ...start, results: initialResults, resultAt: initialResultAt ?? -1, marks: initialMarks ?? null } : start;
  }, messageTimeout);

  const layoutFor = useCallback((filter: number | null, width: number): ReaderLayout => readerLayoutFor(doc, width, filter), [doc]);

  const screenFor = (s: AppState) => screenLayout(size.columns, size.rows, s.focus !== 'reader' && s.overlay === 'none');
  const screen = screenFor(state);
  const textWidth = Math.max(8, screen.readerWidth - screen.gutterWidth);
  const layout = layoutFor(state.filter, textWidth);
  const position = settle(layout, screen.bodyHeight, state.position);
  const top = topRow(layout, screen.bodyHeight, position);

  // Everything the key handler needs, always current.
  const env = useRef({ size, layoutFor, doc, current });
  env.current = { size, layoutFor, doc, current };
  const themeRef = useRef(theme);
  themeRef.current = theme;

  const indexRef = useRef<SearchIndex | null>(null);
  const getIndex = useCallback(() => (indexRef.current ??= createIndex(transcripts)), [createIndex, transcripts]);
  useEffect(() => {
    // Build the index after the first frame so start-up does not wait for it.
    const timer = setTimeout(getIndex, 0);
    // Then, while nothing is typed, run the search code a few times so the first searches typed are not
    // run by a cold JIT (the first few took 5-20 ms each, as against under 1 ms once compiled). On a
    // throwaway index, one search a tick: the real index's caches hold only what is typed, and a key
    // waits for at most one warm-up search.
    const warmups: NodeJS.Timeout[] = [];
    let spare: SearchIndex | null = null;
    WARM_UP_QUERIES.forEach((query, i) =>
      warmups.push(
        setTimeout(() => {
          try {
            const hits = (spare ??= createIndex(transcripts)).search(query, { limit: SEARCH_LIMIT });
            // The drawing of a results screen is as cold as the search (Ink's layout and output code took
            // 30-115 ms for the first frame, the next keys stayed slow): draw some off screen too, the
            // result discarded, one a tick.
            if (WARM_UP_DRAWN.has(query)) {
              const { doc: shownDoc, size: shownSize } = env.current;
              const scr = screenLayout(shownSize.columns, shownSize.rows, false);
              renderToString(
                <SearchPanel doc={shownDoc} query={query} hits={hits} selected={0} width={scr.readerWidth} height={scr.bodyHeight} theme={themeRef.current} />,
                { columns: shownSize.columns },
              );
            }
          } catch {
            // Only a warm-up.
          }
          if (i === WARM_UP_QUERIES.length - 1) spare = null;
        }, 1 + i),
      ),
    );
    return () => [timer, ...warmups].forEach(clearTimeout);
  }, [getIndex]);

  const quit = useCallback(
    (code: number) => {
      if (onExit) onExit(code);
      else app.exit();
    },
    [onExit, app],
  );

  /** Geometry of the reader for a state (the side pane may take the screen when narrow). */
  const geometry = (s: AppState) => {
    const { doc, size, layoutFor } = env.current;
    const scr = screenLayout(size.columns, size.rows, s.focus !== 'reader' && s.overlay === 'none');
    const width = Math.max(8, scr.readerWidth - scr.gutterWidth);
    return { doc, height: scr.bodyHeight, layout: layoutFor(s.filter, width), layoutFor, width, screen: scr };
  };

  const runSearch = (s: AppState, query: string): AppState => {
    let hits: SearchHit[] = [];
    if (query.trim()) {
      try {
        hits = getIndex()
          .search(query, { limit: SEARCH_LIMIT })
          .filter((h) => h.doc.transcript === env.current.current);
      } catch {
        hits = [];
      }
    }
    return { ...s, query, hits, selected: 0, querySelected: false, historyAt: -1 };
  };

  const remember = (s: AppState): string[] => rememberQuery(s.history, s.query);
  /** The next older query of the session, shown selected. */
  const olderQuery = (s: AppState): AppState => {
    const older = olderEntry(s.history, s.historyAt);
    return older ? { ...runSearch(s, older.query), querySelected: true, historyAt: older.at } : { ...s, message: 'no earlier searches' };
  };

  /** Shows a quote in context: clears a filter that hides it, puts it a third of the way down. */
  const jumpTo = (s: AppState, quoteIndex: number): AppState => {
    const { doc, height, layoutFor, width } = geometry(s);
    let filter = s.filter;
    if (filter !== null && doc.quotes[quoteIndex]?.speakerIndex !== filter) filter = null;
    const layout = layoutFor(filter, width);
    const span = layout.quoteRows.get(quoteIndex);
    if (!span) return { ...s, filter, focus: 'reader', position: { cursor: -1, top: START.top } };
    const [first, last] = span;
    const wanted = last - first + 1 + Math.floor(height / 3) <= height ? first - Math.floor(height / 3) : first;
    const position = { cursor: quoteIndex, top: anchorOfRow(layout, Math.max(0, Math.min(wanted, maxTop(layout, height)))) };
    return { ...s, filter, position, focus: 'reader' };
  };

  const selectSection = useCallback((section: number) => {
    const s = stateRef.current;
    const { doc, height, layout } = geometry({ ...s, focus: 'reader' });
    const position = gotoSection(doc, layout, height, section);
    if (!position) {
      commit({ ...s, focus: 'reader', message: 'section not shown (filter on)' });
      return;
    }
    commit({ ...s, focus: 'reader', position, message: null });
  }, []);

  const selectSpeaker = useCallback((speaker: number) => {
    const s = stateRef.current;
    const { doc, height, layoutFor, width } = geometry({ ...s, focus: 'reader' });
    const own = doc.quotes.filter((q) => q.speakerIndex === speaker);
    if (!own.length) {
      commit({ ...s, message: `no quotes of ${doc.speakers[speaker]?.name ?? 'that speaker'}` });
      return;
    }
    const cursor = (own.find((q) => q.index >= s.position.cursor) ?? own[0]).index;
    const layout = layoutFor(speaker, width);
    commit({ ...s, focus: 'reader', filter: speaker, position: reveal(layout, height, START, cursor), message: null });
  }, []);

  // Opened from a library search: show that quote in context (once the geometry is known).
  useEffect(() => {
    if (initialQuote !== undefined && initialQuote >= 0) commit(jumpTo(stateRef.current, initialQuote));
  }, []);

  const act = (s: AppState, binding: Binding, names: string[]): AppState | null => {
    const { doc, height, layout, layoutFor, width } = geometry(s);
    const position = settle(layout, height, s.position);
    const move = (p: ReaderPosition | null, otherwise: string): AppState => (p ? { ...s, position: p } : { ...s, message: otherwise });
    switch (binding.action) {
      case 'quit':
        quit(names.includes('ctrl+c') ? 130 : 0);
        return null;
      case 'help.open':
        return { ...s, overlay: 'help', helpTop: 0 };
      case 'search.open':
        // The last query comes back, selected: typing replaces it, → or End edits it.
        return s.history.length ? { ...runSearch({ ...s, overlay: 'search' }, s.history[0]), querySelected: true, historyAt: 0 } : runSearch({ ...s, overlay: 'search' }, '');
      case 'focus.next':
      case 'focus.previous': {
        const at = FOCUS_ORDER.indexOf(s.focus);
        const delta = binding.action === 'focus.next' ? 1 : FOCUS_ORDER.length - 1;
        return { ...s, focus: FOCUS_ORDER[(at + delta) % FOCUS_ORDER.length] };
      }
      case 'copy': {
        if (position.cursor < 0) return { ...s, message: 'no quote selected' };
        return { ...s, message: copyMessage(writeClipboard(clipboard ?? stdout, citationText(doc, position.cursor))) };
      }
      case 'section.next':
      case 'section.previous': {
        const step = stepSection(doc, layout, height, position, binding.action === 'section.next' ? 1 : -1);
        if (!step) return { ...s, message: 'no sections' };
        return { ...s, position: step.position, message: step.wrapped ? (binding.action === 'section.next' ? 'back to the first section' : 'on to the last section') : null };
      }
      case 'quote.next':
        return { ...s, position: stepQuote(doc, layout, height, position, 1) };
      case 'quote.previous':
        return { ...s, position: stepQuote(doc, layout, height, position, -1) };
      case 'page.down':
        return { ...s, position: page(doc, layout, height, position, 1) };
      case 'page.up':
        return { ...s, position: page(doc, layout, height, position, -1) };
      case 'halfpage.down':
        return { ...s, position: page(doc, layout, height, position, 1, true) };
      case 'halfpage.up':
        return { ...s, position: page(doc, layout, height, position, -1, true) };
      case 'quote.first':
        return { ...s, position: edge(doc, layout, height, false) };
      case 'quote.last':
        return { ...s, position: edge(doc, layout, height, true) };
      case 'speaker.next':
      case 'speaker.previous':
        if (position.cursor < 0) return { ...s, message: 'no quote selected' };
        return move(
          stepSameSpeaker(doc, layout, height, position, binding.action === 'speaker.next' ? 1 : -1),
          binding.action === 'speaker.next' ? 'no later quote of this speaker' : 'no earlier quote of this speaker',
        );
      case 'result.next':
      case 'result.previous': {
        if (!s.results.length) return { ...s, message: 'no search results; press / to search' };
        const n = s.results.length;
        const forward = binding.action === 'result.next';
        if (onResultEdge && s.results === initialResults && (forward ? s.resultAt >= n - 1 : s.resultAt <= 0) && onResultEdge(forward ? 1 : -1)) return null;
        const at = forward ? (s.resultAt + 1) % n : (s.resultAt - 1 + n) % n;
        return { ...jumpTo(s, s.results[at]), resultAt: at, message: `result ${at + 1}/${n}` };
      }
      case 'search.older':
        return olderQuery(s);
      case 'search.edit':
        return { ...s, querySelected: false };
      case 'filter.clear': {
        if (s.filter === null) {
          if (onBack) {
            onBack();
            return null;
          }
          return s.message ? { ...s, message: null } : null;
        }
        const full = layoutFor(null, width);
        const p = position.cursor >= 0 ? reveal(full, height, START, position.cursor) : START;
        return { ...s, filter: null, position: p };
      }
      case 'list.leave':
        return { ...s, focus: 'reader' };
      case 'search.down':
        return { ...s, selected: Math.min(s.hits.length - 1, s.selected + 1) < 0 ? 0 : Math.min(s.hits.length - 1, s.selected + 1) };
      case 'search.up':
        // ↑ on the first result (or with none) recalls an older query instead.
        return s.selected <= 0 ? olderQuery(s) : { ...s, selected: s.selected - 1 };
      case 'search.backspace':
        // A recalled query is selected: Backspace deletes it all, as with selected text.
        return runSearch(s, s.querySelected ? '' : [...s.query].slice(0, -1).join(''));
      case 'search.clear':
        return runSearch(s, '');
      case 'search.close': {
        const { results, marks } = resultsOf(doc, s.hits);
        const history = remember(s);
        return results.length ? { ...s, overlay: 'none', results, resultAt: -1, marks, history } : { ...s, overlay: 'none', history };
      }
      case 'search.jump': {
        const hit = s.hits[s.selected];
        if (!hit) return { ...s, message: 'no match' };
        const quoteIndex = doc.quoteIndexById.get(hit.doc.quote.id);
        if (quoteIndex === undefined) return { ...s, message: 'no match' };
        // The matched words stay highlighted; n / N step through the results, the highlight following.
        const { results, marks } = resultsOf(doc, s.hits);
        return { ...jumpTo({ ...s, overlay: 'none' }, quoteIndex), results, resultAt: results.indexOf(quoteIndex), marks, history: remember(s) };
      }
      case 'help.down':
      case 'help.up':
      case 'help.pageDown':
      case 'help.pageUp':
        return { ...s, helpTop: scrollHelp(binding.action, s.helpTop, height) };
      case 'help.close':
        return { ...s, overlay: 'none' };
      case 'evidence.open':
        if (position.cursor < 0) return { ...s, message: 'no quote selected' };
        return { ...s, overlay: 'evidence', evidenceQuote: position.cursor };
      case 'evidence.close':
        return { ...s, overlay: 'none' };
      case 'numbers.toggle':
        return { ...s, numbers: !s.numbers, message: s.numbers ? 'paragraph numbers off' : 'paragraph numbers on' };
      default:
        return null;
    }
  };

  const onKey = useKeyDispatch(stateRef, commit, {
    contextOf: (s) => (s.overlay === 'search' ? 'search' : s.overlay === 'help' ? 'help' : s.overlay === 'evidence' ? 'evidence' : s.focus === 'reader' ? 'reader' : 'list'),
    act,
    type: (s, text) => runSearch(s, s.querySelected ? text : s.query + text),
  });

  useInput(onKey);

  const sideFocus = state.overlay === 'none' && state.focus !== 'reader' ? state.focus : null;
  const showSide = screen.sideWidth > 0 && state.overlay !== 'help' && (screen.sideWidth < screen.columns || sideFocus !== null);
  const showReader = state.overlay === 'help' || !(screen.sideWidth === screen.columns && sideFocus !== null);
  const readerWidth = screen.sideWidth === screen.columns ? screen.columns : screen.readerWidth;
  const context: KeyContext =
    state.overlay === 'search' ? 'search' : state.overlay === 'help' ? 'help' : state.overlay === 'evidence' ? 'evidence' : state.focus === 'reader' ? 'reader' : 'list';
  const filterName = state.filter !== null ? doc.speakers[state.filter]?.name : undefined;
  const mode =
    state.overlay === 'search' ? 'SEARCH' : state.overlay === 'help' ? 'HELP' : state.overlay === 'evidence' ? 'EVIDENCE' : state.focus === 'reader' ? (filterName ? `READER @${filterName.split(/\s+/).pop()}` : 'READER') : state.focus.toUpperCase();
  const nav = layout.blockQuotes ?? doc.quotes.map((q) => q.index);
  const status = state.overlay !== 'none' ? '' : positionText(layout, nav, position.cursor, top, screen.bodyHeight);
  const extra = [label ? sanitizeForTerminal(label) : '', transcripts.length > 1 ? `${current + 1} of ${transcripts.length} files` : ''].filter(Boolean).join(' · ') || undefined;

  return (
    <Box flexDirection="column" width={screen.columns} height={screen.height}>
      <Header doc={doc} width={screen.columns} theme={theme} extra={extra} />
      <Box height={screen.bodyHeight} flexDirection="row">
        {state.overlay === 'help' ? (
          <HelpOverlay width={screen.columns} height={screen.bodyHeight} top={state.helpTop} theme={theme} />
        ) : state.overlay === 'evidence' ? (
          <EvidencePanel doc={doc} quoteIndex={state.evidenceQuote} width={screen.columns} height={screen.bodyHeight} theme={theme} />
        ) : (
          <>
            {showSide ? (
              <SidePane
                doc={doc}
                width={screen.sideWidth}
                height={screen.bodyHeight}
                focus={sideFocus}
                currentSection={currentSection(doc, layout, screen.bodyHeight, position)}
                speakerFilter={state.filter}
                theme={theme}
                border={screen.sideWidth < screen.columns}
                onSection={selectSection}
                onSpeaker={selectSpeaker}
              />
            ) : null}
            {showReader ? (
              state.overlay === 'search' ? (
                <SearchPanel
                  doc={doc}
                  query={state.query}
                  querySelected={state.querySelected}
                  hits={state.hits}
                  selected={state.selected}
                  width={readerWidth}
                  height={screen.bodyHeight}
                  theme={theme}
                />
              ) : (
                <Reader
                  doc={doc}
                  layout={layout}
                  top={top}
                  height={screen.bodyHeight}
                  width={readerWidth}
                  gutterWidth={screen.gutterWidth}
                  cursor={position.cursor}
                  theme={theme}
                  numbers={state.numbers}
                  marks={state.marks}
                  currentMark={state.marks && state.resultAt >= 0 ? (state.marks.paragraphs[state.resultAt] ?? -1) : -1}
                />
              )
            ) : null}
          </>
        )}
      </Box>
      <Footer width={screen.columns} mode={mode} context={context} message={state.message ?? undefined} status={status} theme={theme} />
    </Box>
  );
}
