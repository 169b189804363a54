import React from 'react';
import { Box, Text } from 'ink';
import { isUncertain } from '../../model/confidence.js';
import type { Doc } from '../document.js';
import { highlightFragments, snippet } from '../highlight.js';
import type { Theme } from '../theme.js';
import { displayWidth, truncate } from '../wrap.js';
import { queryCutNote } from '../../search/query.js';
import type { SearchHit } from '../../search/types.js';

export interface SearchPanelProps {
  /** The open transcript (results name speaker and section from it); null in the library. */
  doc: Doc | null;
  query: string;
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

/** Speaker · section, from the open transcript's doc. */
const describeInDoc =
  (doc: Doc | null) =>
  (hit: SearchHit): { label: string; speakerIndex: number } => {
    const quoteIndex = doc?.quoteIndexById.get(hit.doc.quote.id) ?? -1;
    const q = doc && quoteIndex >= 0 ? doc.quotes[quoteIndex] : undefined;
    const speakerIndex = q?.speakerIndex ?? -1;
    const speaker = doc && speakerIndex >= 0 ? doc.speakers[speakerIndex].name : 'Unattributed';
    const section = doc && q && q.sectionIndex >= 0 ? (doc.sections[q.sectionIndex]?.title ?? '') : '';
    return { label: section ? `${speaker} · ${section}` : speaker, speakerIndex };
  };

/** What a result says of its quote besides who: reported speech, an uncertain speaker (as the printers do). */
export function resultMarks(hit: SearchHit): string {
  const q = hit.doc.quote;
  return (q.kind === 'indirect' ? ' [reported speech]' : '') + (isUncertain(q) ? ' [attribution uncertain]' : '');
}

/** The search box (fzf style): the query on top, then each result as speaker · section and the quote. */
export function SearchPanel({ doc, query, hits, selected, width, height, theme, describe, placeholder, note }: SearchPanelProps) {
  // A pasted page is searched by its first terms only (search/query.ts): say so under the query.
  const notes = [note, queryCutNote(query)].filter((n): n is string => !!n);
  const slots = Math.max(1, Math.floor((height - 1 - notes.length) / ROWS_PER_HIT));
  const start = Math.max(0, selected - slots + 1);
  const visible = hits.slice(start, start + slots);
  const count = query.trim() ? `${hits.length ? selected + 1 : 0}/${hits.length}` : '';
  const prompt = '/ ';
  const queryWidth = Math.max(1, width - prompt.length - count.length - 2);
  const shownQuery = displayWidth(query) + 1 > queryWidth ? '…' + [...query].slice(-(queryWidth - 2)).join('') : query;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>{prompt}</Text>
        <Text>{shownQuery}</Text>
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
        const index = start + i;
        const isSelected = index === selected;
        const { label: text, speakerIndex } = (describe ?? describeInDoc(doc))(hit);
        const marker = isSelected ? '› ' : '  ';
        const marks = resultMarks(hit);
        const label = truncate(text, Math.max(1, width - marker.length - displayWidth(marks)));
        const fragments = snippet(highlightFragments(hit.doc.quote.text, hit.matches), width - 4);
        return (
          <Box key={hit.doc.quote.id + ':' + index} flexDirection="column" height={ROWS_PER_HIT}>
            <Text wrap="truncate-end" inverse={isSelected && !theme.color} bold={isSelected}>
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
                  <Text key={j} color={isSelected ? undefined : theme.muted}>{f.text}</Text>
                ),
              )}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
