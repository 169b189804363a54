import React from 'react';
import { Box, Text } from 'ink';
import type { Doc } from '../document.js';
import { highlightFragments, snippet } from '../highlight.js';
import type { Theme } from '../theme.js';
import { displayWidth, truncate } from '../wrap.js';
import type { SearchHit } from '../../search/types.js';

export interface SearchPanelProps {
  doc: Doc;
  query: string;
  hits: readonly SearchHit[];
  selected: number;
  width: number;
  height: number;
  theme: Theme;
}

const ROWS_PER_HIT = 2;

/** The search box (fzf style): the query on top, then each result as speaker · section and the quote. */
export function SearchPanel({ doc, query, hits, selected, width, height, theme }: SearchPanelProps) {
  const slots = Math.max(1, Math.floor((height - 1) / ROWS_PER_HIT));
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
      {!query.trim() ? <Text color={theme.muted}>{truncate('Type to search quotes; @name limits to a speaker', width)}</Text> : null}
      {query.trim() && !hits.length ? <Text color={theme.muted}>no match</Text> : null}
      {visible.map((hit, i) => {
        const index = start + i;
        const isSelected = index === selected;
        const quoteIndex = doc.quoteIndexById.get(hit.doc.quote.id) ?? -1;
        const q = quoteIndex >= 0 ? doc.quotes[quoteIndex] : undefined;
        const speakerIndex = q?.speakerIndex ?? -1;
        const speaker = speakerIndex >= 0 ? doc.speakers[speakerIndex].name : 'Unattributed';
        const section = q && q.sectionIndex >= 0 ? doc.sections[q.sectionIndex]?.title ?? '' : '';
        const marker = isSelected ? '› ' : '  ';
        const label = truncate(section ? `${speaker} · ${section}` : speaker, width - marker.length);
        const fragments = snippet(highlightFragments(hit.doc.quote.text, hit.matches), width - 4);
        return (
          <Box key={hit.doc.quote.id + ':' + index} flexDirection="column" height={ROWS_PER_HIT}>
            <Text wrap="truncate-end" inverse={isSelected && !theme.color} bold={isSelected}>
              <Text color={theme.accent}>{marker}</Text>
              <Text color={theme.speakerColor(speakerIndex)}>{label}</Text>
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
