import React from 'react';
import { Box, Text } from 'ink';
import { isUncertain } from '../../model/confidence.js';
import type { Doc } from '../document.js';
import { highlightFragments, PREVIEW_MATCH, PREVIEW_QUOTE, previewFragments, snippet } from '../highlight.js';
import type { Theme } from '../theme.js';
import { displayWidth, truncate, wrapFragments, type Fragment } from '../wrap.js';
import { PARTIAL_NOTE, queryCutNote } from '../../search/query.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';
import type { SearchHit } from '../../search/types.js';

export interface SearchPanelProps {
  /** The open transcript (results name speaker and section from it); null in the library. */
  doc: Doc | null;
  query: string;
  /** The query is a recalled one, shown selected (typing replaces it). */
  querySelected?: boolean;
  hits: readonly SearchHit[];
  selected: number;
  width: number;
  height: number;
  theme: Theme;
  /**
   * What a result line says before the quote (library search: speaker · transcript title · date); by
   * default the speaker and section in `doc`. Strings are sanitised by the caller.
   */
  describe?: (hit: SearchHit) => { label: string; speakerIndex: number };
  /** The empty box's hint. */
  placeholder?: string;
  /** A line under the query, shown always (e.g. "searching 640 of 2,000 transcripts, still loading"). */
  note?: string;
}

const ROWS_PER_HIT = 2;
/**
 * Matched words highlighted in a result line and in the preview: the first few, as fzf marks only where a line
 * first matches. A one-letter query matches most words of every quote, and a line of thirty highlighted
 * words shows nothing while it costs a frame twice the time (each highlight is a styled node to lay out).
 */
const ROW_HIGHLIGHTS = 4;
const PREVIEW_HIGHLIGHTS = 12;
/** The preview (fzf's, below the results) needs this many rows of panel; it then takes PREVIEW_SHARE of them. */
export const PREVIEW_MIN_HEIGHT = 14;
const PREVIEW_SHARE = 0.4;

/** Where the hit's quote is in its paragraph, when it is there (a narration hit may lead to a later paragraph). */
function quoteSpan(hit: SearchHit): [number, number] | null {
  const { quote, paragraphText } = hit.doc;
  return paragraphText.slice(quote.start, quote.end) === quote.text ? [quote.start, quote.end] : null;
}

/** The hit's matches as offsets in its paragraph. */
function paragraphMatches(hit: SearchHit): [number, number][] {
  if (hit.doc.in === 'narration') return hit.matches;
  const span = quoteSpan(hit);
  return span ? hit.matches.map(([s, e]): [number, number] => [s + span[0], e + span[0]]) : [];
}

/** Two match lists with the same ranges. */
function sameMatches(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}

/**
 * Whether two hits draw the same: same document and quote, same matched ranges. Each keystroke's search
 * returns new hit objects, mostly for the same quotes as before (and Backspace returns to earlier
 * queries), so the rows and the preview compare what they show rather than the objects.
 */
function sameHit(a: SearchHit, b: SearchHit): boolean {
  if (a === b) return true;
  const [x, y] = [a.doc, b.doc];
  return (
    x.quote === y.quote &&
    x.in === y.in &&
    x.transcript === y.transcript &&
    x.paragraphIndex === y.paragraphIndex &&
    x.text === y.text &&
    x.paragraphText === y.paragraphText &&
    sameMatches(a.matches, b.matches)
  );
}

interface PreviewProps {
  hit: SearchHit;
  label: string;
  speakerIndex: number;
  width: number;
  height: number;
  theme: Theme;
}

/** The selected hit's whole paragraph, wrapped, from a row above its first match (fzf's preview window). */
const Preview = React.memo(
  function Preview({ hit, label, speakerIndex, width, height, theme }: PreviewProps) {
    const fragments = previewFragments(hit.doc.paragraphText, quoteSpan(hit), paragraphMatches(hit).slice(0, PREVIEW_HIGHLIGHTS));
    const rows = wrapFragments(fragments, Math.max(1, width - 2));
    const firstMatch = rows.findIndex((r) => r.fragments.some((f) => f.tag === PREVIEW_MATCH));
    const firstQuote = rows.findIndex((r) => r.fragments.some((f) => f.tag === PREVIEW_QUOTE));
    const room = Math.max(1, height - 1);
    const anchor = firstMatch >= 0 ? firstMatch : Math.max(0, firstQuote);
    const start = Math.max(0, Math.min(anchor - 1, rows.length - room));
    const shown = rows.slice(start, start + room);
    const title = `── ${label} · ¶${hit.doc.paragraphIndex + 1} `;
    const more = start + room < rows.length ? ` ${rows.length - start - room} more ↓` : '';
    const rule = truncate(title, width - more.length);
    const color = (f: Fragment) => (f.tag === PREVIEW_QUOTE ? theme.speakerColor(speakerIndex) : undefined);
    return (
      <Box flexDirection="column" height={height}>
        <Text color={theme.muted} wrap="truncate-end">
          {rule + '─'.repeat(Math.max(0, width - displayWidth(rule) - more.length)) + more}
        </Text>
        {shown.map((row, i) => (
          // Keyed by screen row: a new paragraph updates the rows in place rather than making new ones.
          <Text key={i} wrap="truncate-end">
            {'  '}
            {row.fragments.map((f, j) =>
              f.tag === PREVIEW_MATCH ? (
                <Text key={j} bold underline color={theme.color ? 'yellow' : undefined}>
                  {f.text}
                </Text>
              ) : (
                <Text key={j} color={color(f)} bold={f.tag === PREVIEW_QUOTE && !theme.color}>
                  {f.text}
                </Text>
              ),
            )}
          </Text>
        ))}
      </Box>
    );
  },
  (a, b) =>
    sameHit(a.hit, b.hit) && a.label === b.label && a.speakerIndex === b.speakerIndex && a.width === b.width && a.height === b.height && a.theme === b.theme,
);

interface ResultRowProps {
  hit: SearchHit;
  selected: boolean;
  /** What the line says before the quote (describe()), and whose colour it takes. */
  label: string;
  speakerIndex: number;
  width: number;
  theme: Theme;
}

/** One result: speaker · section (or what describe() says) on the first row, the quote around its first match below. */
const ResultRow = React.memo(
  function ResultRow({ hit, selected, label: text, speakerIndex, width, theme }: ResultRowProps) {
    const marker = selected ? '› ' : '  ';
    const marks = resultMarks(hit);
    const label = truncate(text, Math.max(1, width - marker.length - displayWidth(marks)));
    const fragments = snippet(highlightFragments(hit.doc.text, hit.matches.slice(0, ROW_HIGHLIGHTS)), width - 4);
    return (
      <Box flexDirection="column" height={ROWS_PER_HIT}>
        <Text wrap="truncate-end" inverse={selected && !theme.color} bold={selected}>
          <Text color={theme.accent}>{marker}</Text>
          <Text color={theme.speakerColor(speakerIndex)}>{label}</Text>
          {marks ? <Text color={theme.color ? 'yellow' : undefined}>{marks}</Text> : null}
        </Text>
        <Text wrap="truncate-end">
          {'    '}
          {fragments.map((f, j) =>
            f.tag === 1 ? (
              <Text key={j} bold underline color={theme.color ? 'yellow' : undefined}>
                {f.text}
              </Text>
            ) : (
              <Text key={j} color={selected ? undefined : theme.muted}>
                {f.text}
              </Text>
            ),
          )}
        </Text>
      </Box>
    );
  },
  (a, b) => sameHit(a.hit, b.hit) && a.selected === b.selected && a.label === b.label && a.speakerIndex === b.speakerIndex && a.width === b.width && a.theme === b.theme,
);

/** What a result line says for a hit in the narration: that it is narration, and the quote it leads to. */
export function narrationLabel(hit: SearchHit, speaker: string): string {
  return `narration → ${speaker}: “${sanitizeForTerminal(hit.doc.quote.text)}”`;
}

/** Speaker · section, from the open transcript's doc. */
const describeInDoc =
  (doc: Doc | null) =>
  (hit: SearchHit): { label: string; speakerIndex: number } => {
    const quoteIndex = doc?.quoteIndexById.get(hit.doc.quote.id) ?? -1;
    const q = doc && quoteIndex >= 0 ? doc.quotes[quoteIndex] : undefined;
    const speakerIndex = q?.speakerIndex ?? -1;
    const speaker = doc && speakerIndex >= 0 ? doc.speakers[speakerIndex].name : 'Unattributed';
    const section = doc && q && q.sectionIndex >= 0 ? (doc.sections[q.sectionIndex]?.title ?? '') : '';
    if (hit.doc.in === 'narration') return { label: narrationLabel(hit, speaker), speakerIndex };
    return { label: section ? `${speaker} · ${section}` : speaker, speakerIndex };
  };

/** What a result says of its quote besides who: reported speech, an uncertain speaker (as the printers do). */
export function resultMarks(hit: SearchHit): string {
  const q = hit.doc.quote;
  return (q.kind === 'indirect' ? ' [reported speech]' : '') + (isUncertain(q) ? ' [attribution uncertain]' : '');
}

/** The search box (fzf style): the query on top, then each result as speaker · section and the quote. */
export function SearchPanel({ doc, query, querySelected = false, hits, selected, width, height, theme, describe, placeholder, note }: SearchPanelProps) {
  // A pasted page is searched by its first terms only (search/query.ts): say so under the query. When no
  // result holds every word, the closest ones are shown under a line that says so.
  const partial = query.trim() && hits.length > 0 && hits.every((h) => !h.complete) ? PARTIAL_NOTE : null;
  const notes = [note, queryCutNote(query), partial].filter((n): n is string => !!n);
  const selectedHit = hits[Math.min(selected, hits.length - 1)];
  const previewHeight = selectedHit && height >= PREVIEW_MIN_HEIGHT ? Math.floor(height * PREVIEW_SHARE) : 0;
  const listHeight = height - previewHeight;
  const slots = Math.max(1, Math.floor((listHeight - 1 - notes.length) / ROWS_PER_HIT));
  const start = Math.max(0, selected - slots + 1);
  const visible = hits.slice(start, start + slots);
  const count = query.trim() ? `${hits.length ? selected + 1 : 0}/${hits.length}` : '';
  const prompt = '/ ';
  const queryWidth = Math.max(1, width - prompt.length - count.length - 2);
  const shownQuery = displayWidth(query) + 1 > queryWidth ? '…' + [...query].slice(-(queryWidth - 2)).join('') : query;
  const describeHit = describe ?? describeInDoc(doc);
  const preview = previewHeight ? describeHit(selectedHit) : null;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="column" width={width} height={listHeight}>
        <Text wrap="truncate-end">
          <Text bold color={theme.accent}>{prompt}</Text>
          <Text inverse={querySelected} color={querySelected && theme.color ? theme.accent : undefined}>
            {shownQuery}
          </Text>
          <Text inverse> </Text>
          {' '.repeat(Math.max(1, width - prompt.length - displayWidth(shownQuery) - 1 - count.length))}
          <Text color={theme.muted}>{count}</Text>
        </Text>
        {notes.map((n) => (
          <Text key={n} color={theme.muted}>
            {truncate(n, width)}
          </Text>
        ))}
        {!query.trim() ? <Text color={theme.muted}>{truncate(placeholder ?? 'Type to search quotes; @name limits to a speaker', width)}</Text> : null}
        {query.trim() && !hits.length ? <Text color={theme.muted}>no match</Text> : null}
        {visible.map((hit, i) => {
          const { label, speakerIndex } = describeHit(hit);
          // Keyed by slot on screen: the next query's results update these rows in place (and a row
          // showing what it showed before is not drawn again) instead of unmounting and mounting rows.
          return <ResultRow key={i} hit={hit} selected={start + i === selected} label={label} speakerIndex={speakerIndex} width={width} theme={theme} />;
        })}
      </Box>
      {preview ? <Preview hit={selectedHit} label={preview.label} speakerIndex={preview.speakerIndex} width={width} height={previewHeight} theme={theme} /> : null}
    </Box>
  );
}
