import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledJson, parley, RAW_CONTROL, tempDir } from './helpers.js';

// Issue 10, "Never inject": whatever a printed string's source (a sidecar, a JSON transcript, a cache
// entry: see cache-tamper.test.ts), no escape sequence reaches the terminal and no field becomes Markdown.
const OSC_TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const MARKUP = '[link](http://evil) <img src=x>';
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const TEXT = 'Council meeting\n\nMaria Olsen: The ferry will run all winter, tango or not.\n\nMikhail Serov: We agree with the council.\n';

describe('a sidecar (NAME.meta.json) cannot inject', () => {
  const dir = tempDir({
    'council.txt': TEXT,
    'council.meta.json': JSON.stringify({ title: `Council ${OSC_TITLE}${MARKUP}`, date: '2023-09-15', place: `Sochi ${CLEAR}${MARKUP}`, source: `wire ${OSC_TITLE}\u2028feed` }),
  });
  const file = path.join(dir, 'council.txt');

  it.each([[['quotes', file]], [['quotes', file, '--markdown']], [['search', 'ferry', file]], [['parse', file]], [[file]], [['speakers', file]], [['sections', file]]])(
    'never reach stdout raw: %j',
    (args) => {
      const r = parley([...args, '--no-cache']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(UNSAFE);
    },
  );

  it("markdown escapes the sidecar's place like the title, the speaker and the section", () => {
    const out = parley(['quotes', file, '--markdown', '--no-cache']).stdout;
    expect(out).toContain('Sochi \\[link\\](http://evil) \\<img src=x\\>');
    expect(out).toContain('*Council \\[link\\](http://evil) \\<img src=x\\>*');
    expect(out).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(http/);
  });

  it('the outline shows the sidecar facts sanitised on one line', () => {
    const out = parley(['parse', file, '--no-cache']).stdout;
    expect(out.split('\n')[1]).toBe(`2023-09-15 · Sochi ${MARKUP} · wire  feed`);
  });
});

describe('line separators and directional marks in text output', () => {
  const t = bundledJson();
  const q = t.quotes[0];
  const p = t.paragraphs.find((x: { id: string }) => x.id === q.paragraph);
  // Put U+2028, U+2029 and an RLM into the first quote (and its paragraph, so the offsets stay true).
  const marked = q.text.replace(' ', ' \u2028').replace(' ', ' \u2029').replace(' ', ' \u200f');
  p.text = p.text.slice(0, q.start) + marked + p.text.slice(q.end);
  const shift = marked.length - q.text.length;
  for (const other of t.quotes) if (other !== q && other.paragraph === q.paragraph && other.start >= q.end) [other.start, other.end] = [other.start + shift, other.end + shift];
  q.text = marked;
  q.end = q.start + marked.length;
  t.speakers[0].name = `${t.speakers[0].name}\u2029`;
  const file = path.join(tempDir({ 'marked.json': JSON.stringify(t) }), 'marked.json');

  it('separators become spaces in text, markdown and the outline; RLM is kept', () => {
    for (const args of [['quotes', file], ['quotes', file, '--markdown'], ['parse', file], ['speakers', file]]) {
      const r = parley(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
    }
    expect(parley(['quotes', file]).stdout).toContain(q.text.replace(/[\u2028\u2029]/g, ' '));
    expect(parley(['quotes', file]).stdout).toContain('\u200f');
  });

  it('JSON output keeps them, escaped', () => {
    const out = parley(['quotes', file, '--json']).stdout;
    expect(out).toContain('\\u2028');
    expect(JSON.parse(out)[0].quote.text).toBe(marked);
  });
});
