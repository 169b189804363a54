import { describe, expect, it } from 'vitest';
import { libraryOf } from '../../src/library/load-library.js';
import type { LoadedTranscript } from '../../src/load/index.js';
import type { Transcript } from '../../src/model/transcript.js';
import { outline, outlines } from '../../src/cli/outline.js';
import { quotesMarkdown } from '../../src/cli/print-markdown.js';
import { peopleText, quotesText, sectionsText, speakersText, type QuoteLine } from '../../src/cli/print-text.js';
import { styleFor } from '../../src/cli/style.js';

// Every string a printer prints, whatever its source, may hold anything: a cache entry is not validated
// by the printers, so even `date` (a YYYY-MM-DD in a valid transcript) carries sequences here.
const OSC_TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const C1_CSI = '\u009b31m';
const OVERRIDE = '\u202e';
const LINE_SEPARATOR = '\u2028';
const MARKUP = '[link](http://evil) <img src=x>';
const hostile = (label: string) => `${label}${OSC_TITLE}${CLEAR}${C1_CSI}${OVERRIDE}${LINE_SEPARATOR}\nx\u0007`;

function transcript(n: number): Transcript {
  const quote = `Tango ${hostile('quote')} is music`;
  const paragraph = `Putin said: "${quote}"`;
  const start = paragraph.indexOf(quote);
  return {
    version: 1,
    title: hostile(`title${n}`),
    date: hostile('date'),
    place: hostile(`place ${MARKUP}`),
    source: hostile('source'),
    speakers: [{ id: hostile('speaker-id'), name: hostile('Vladimir Putin'), role: hostile('role'), aliases: [hostile('alias')] }],
    sections: [{ id: hostile('section-id'), title: hostile('section'), paragraphs: [0, 0] }],
    paragraphs: [{ id: hostile('paragraph-id'), section: hostile('section-id'), text: paragraph }],
    quotes: [
      { id: hostile('quote-id'), kind: 'direct', speaker: hostile('speaker-id'), paragraph: hostile('paragraph-id'), text: quote, start, end: start + quote.length, cue: hostile('cue'), confidence: 0.3 },
      { id: hostile('quote-id2'), kind: 'indirect', speaker: null, paragraph: hostile('paragraph-id'), text: quote, start, end: start + quote.length, cue: null, confidence: 0.9 },
    ],
  } as Transcript;
}

const loaded = (n: number): LoadedTranscript => ({ file: hostile(`file${n}.txt`), transcript: transcript(n) });
const lines = (l: LoadedTranscript): QuoteLine[] =>
  l.transcript.quotes.map((quote) => ({ loaded: l, quote, speaker: l.transcript.speakers[0], section: l.transcript.sections[0], paragraphIndex: 0, matches: [[0, 5]] }));

/** Anything a terminal acts on but \n, and the characters the sanitiser removes or replaces. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function expectSafe(output: string, fields: readonly string[]) {
  expect(output).not.toMatch(UNSAFE);
  // Each field is there, made visible, on one line: a newline inside a field cannot start a new line.
  for (const field of fields) expect(output).toContain(`${field}  x␇`);
  expect(output).not.toMatch(/^x␇/m);
}

describe('every printer sanitises every field', async () => {
  const two = [loaded(1), loaded(2)];
  const library = await libraryOf(two);
  const colour = styleFor({ isTTY: true }, {});

  it('quotes and search (text), with the transcript named, coloured or not', () => {
    for (const style of [colour, styleFor({ isTTY: false }, {})]) {
      const out = quotesText(two.flatMap(lines), style, true).replace(/\u001b\[1;4m|\u001b\[22;24m/g, '');
      expectSafe(out, ['title1', 'date', 'Vladimir Putin', 'section', 'quote']);
    }
  });

  it('speakers, sections and people (text)', () => {
    expectSafe(speakersText(two), ['title1', 'Vladimir Putin', 'role']);
    expectSafe(sectionsText(two), ['title2', 'section']);
    // The hostile alias is no clean name, so the listing does not show it (JSON keeps it, escaped).
    expectSafe(peopleText(library), ['Vladimir Putin', 'role']);
    expect(peopleText(library)).not.toContain('alias');
  });

  it('the outline: title, date, place, source, file, sections, speakers, ids, cues', () => {
    expectSafe(outline(transcript(1), hostile('file1.txt')), ['title1', 'date', 'source', 'file1.txt', 'section', 'Vladimir Putin', 'role', 'quote-id', 'cue', 'quote']);
    expectSafe(outlines(two), ['title2', 'file2.txt']);
  });

  it('markdown: every field is also escaped, so none becomes a link, an image or a tag', () => {
    const out = quotesMarkdown(two.flatMap(lines));
    expectSafe(out, ['date', 'quote']);
    expect(out).not.toMatch(/(?<!\\)<img/);
    expect(out).not.toMatch(/(?<!\\)\]\(http/);
    expect(out).toContain('place \\[link\\](http://evil) \\<img src=x\\>');
    expect(out).toContain('*title1  x␇*');
  });
});
