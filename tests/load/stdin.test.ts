import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadStdin, LoadError } from '../../src/load/index.js';
import { parseTranscript } from '../../src/parse/index.js';
import { SAMPLE } from './helpers.js';

const stdin = (text: string) => Readable.from([Buffer.from(text)]);

// Stdin has no file name to say what it is: it is a JSON transcript only when it is one (a JSON object
// with a `version` field); any other text starting with `{` is text for the parser.
describe('loadStdin: JSON or text', () => {
  it('a JSON transcript is read as one', async () => {
    const t = parseTranscript(SAMPLE);
    expect(await loadStdin(stdin(JSON.stringify(t)))).toEqual(t);
  });

  it.each([
    ['a stage direction in braces', `{Laughter}\n\n${SAMPLE}`, ['Maria Olsen', 'Mikhail Serov']],
    ['braces that are not JSON', `{ the council met }\n\n${SAMPLE}`, ['Maria Olsen', 'Mikhail Serov']],
    ['a JSON object that is not a transcript', JSON.stringify({ note: 'Maria Olsen said: "The ferry runs."' }), []],
  ])('%s is text', async (_, text, speakers) => {
    const t = await loadStdin(stdin(text));
    expect(t).toEqual(parseTranscript(text, { source: null }));
    for (const name of speakers) expect(t.speakers.map((s) => s.name)).toContain(name);
  });

  it('a JSON transcript that is not valid is refused, naming the field (not read as text)', async () => {
    const t = parseTranscript(SAMPLE);
    t.quotes[1].id = t.quotes[0].id;
    const error = await loadStdin(stdin(JSON.stringify(t))).catch((e) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error.problem).toBe(`is not a valid transcript: quotes[1].id: "${t.quotes[0].id}" is used twice (also quotes[0])`);
  });
});
