import React from 'react';
import { Box, Text } from 'ink';
import type { Doc } from '../document.js';
import { EVIDENCE, evidenceFor, QUOTE } from '../evidence.js';
import type { Theme } from '../theme.js';
import { truncate, wrapFragments, type Fragment } from '../wrap.js';

const KIND_WORDS = {
  direct: 'direct quote (the speaker’s own words)',
  indirect: 'reported speech (the writer’s words, not a verbatim quote)',
  turn: 'turn (a labelled speaker’s words)',
} as const;

const LABEL_WIDTH = 13;
/** Tags of the panel's own rows, beside the context's PLAIN / QUOTE / EVIDENCE. */
const LABEL = 10;
const WARN = 11;
const SPEAKER = 12;

type Row = Fragment[];

/** A label and its value, the value wrapped under itself. */
function field(label: string, value: Fragment[], width: number): Row[] {
  return wrapFragments(value, Math.max(8, width - LABEL_WIDTH)).map((r, i) => [{ text: (i ? '' : label).padEnd(LABEL_WIDTH), tag: LABEL }, ...r.fragments]);
}

/**
 * The evidence view (`i` on a quote): why parley names this speaker. The rule in words, the words of the
 * text that decided it highlighted in their paragraph, the confidence in words and as a number.
 */
export function EvidencePanel({ doc, quoteIndex, width, height, theme }: { doc: Doc; quoteIndex: number; width: number; height: number; theme: Theme }) {
  const e = evidenceFor(doc, quoteIndex);
  const speakerIndex = doc.quotes[quoteIndex]?.speakerIndex ?? -1;
  const rows: Row[] = [];
  if (e) {
    rows.push([{ text: truncate(`Why ${e.speaker}?`, width), tag: LABEL }]);
    rows.push([]);
    rows.push(...field('Speaker', [{ text: e.speaker, tag: SPEAKER }, ...(e.uncertain ? [{ text: '  ? attribution uncertain', tag: WARN }] : [])], width));
    // Most telling first, so a short terminal still shows who, how sure and the deciding words.
    const sure = `${e.band} (${e.confidence.toFixed(2)})`;
    rows.push(...field('Confidence', [{ text: sure, tag: e.band === 'a guess' ? WARN : 0 }], width));
    rows.push(...field('Decided by', e.words ? [{ text: `“${e.words}”`, tag: EVIDENCE }, ...(e.resolved ? [{ text: ` → ${e.speaker}`, tag: SPEAKER }] : [])] : [{ text: 'no words in this paragraph (the rule looked further back)', tag: 0 }], width));
    rows.push(...field('Rule', [{ text: e.cue ? `${e.cue}: ${e.rule}` : e.rule, tag: 0 }], width));
    rows.push(...field('Kind', [{ text: KIND_WORDS[e.kind], tag: 0 }], width));
    rows.push(...field('Paragraph', [{ text: String(e.paragraphNumber), tag: 0 }], width));
    rows.push([]);
    rows.push([{ text: 'In the text', tag: LABEL }]);
    const room = Math.max(1, height - rows.length);
    const context = wrapFragments(e.context, Math.max(8, width - 2)).map((r) => [{ text: '  ', tag: 0 }, ...r.fragments]);
    rows.push(...context.slice(0, room));
  } else {
    rows.push([{ text: 'no quote selected', tag: 0 }]);
  }
  const style = (tag: number) => {
    switch (tag) {
      case LABEL:
        return { bold: true, color: theme.accent };
      case WARN:
        return { bold: true, color: theme.color ? ('yellow' as const) : undefined };
      case EVIDENCE:
        return { bold: true, underline: true, inverse: !theme.color, color: theme.color ? ('yellow' as const) : undefined };
      case SPEAKER:
        return { bold: true, color: theme.speakerColor(speakerIndex) };
      case QUOTE:
        return { color: theme.speakerColor(speakerIndex), italic: e?.kind === 'indirect' };
      default:
        return {};
    }
  };
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows.slice(0, height).map((row, i) => (
        <Text key={i} wrap="truncate-end">
          {row.length ? row.map((f, j) => <Text key={j} {...style(f.tag)}>{f.text}</Text>) : ' '}
        </Text>
      ))}
    </Box>
  );
}
