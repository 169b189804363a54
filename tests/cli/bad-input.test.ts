import { readFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledJson, DATA_TXT, expectOneLineError, parley, tempDir } from './helpers.js';

const editedTranscript = (edit: (t: ReturnType<typeof bundledJson>) => void) => {
  const t = bundledJson();
  edit(t);
  return JSON.stringify(t);
};

const invalidTranscript = () => {
  const t = bundledJson();
  t.quotes[2].speaker = 'somebody-else';
  return JSON.stringify(t);
};

// Issue 4, "Bad input": one line naming the file and the problem, exit 2, no stack trace, nothing written.
describe('bad input', () => {
  const dir = tempDir({
    'empty.txt': '',
    'blank.txt': '\n \r\n',
    'binary.txt': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)),
    'nul.txt': Buffer.concat([Buffer.from('Putin said: "tango'), Buffer.from([0]), Buffer.from('"')]),
    'latin1.txt': Buffer.from('Lukashenko said: "Gr\u00fc\u00dfe"', 'latin1'),
    'invalid.json': invalidTranscript(),
    'notjson.json': '{ "version": 1, ',
    'dup.json': editedTranscript((t) => (t.quotes[3].id = t.quotes[1].id)),
    'baddate.json': editedTranscript((t) => (t.date = '2023-02-30')),
    'wrongsection.json': editedTranscript((t) => (t.paragraphs[0].section = t.sections.at(-1).id)),
    'big.txt': 'x',
    'just-over.txt': 'x',
    'nothing/notes.pdf': 'x',
    'nothing/deeper/a.meta.json': '{}',
  });
  truncateSync(path.join(dir, 'big.txt'), 33 * 1024 * 1024); // sparse file over the 32 MB limit
  truncateSync(path.join(dir, 'just-over.txt'), 32 * 1024 * 1024 + 1); // one byte over: never shown as 32.0 MB
  const f = (name: string) => path.join(dir, name);

  it.each([
    ['a missing file', ['search', 'tango', 'no/such/file.txt'], 'no/such/file.txt', 'no such file or directory'],
    ['a folder with no transcripts', ['search', 'tango', 'DIR:nothing'], 'DIR:nothing', 'contains no transcripts (.txt, .md or .json files)'],
    ['an empty file', ['quotes', 'DIR:empty.txt'], 'DIR:empty.txt', 'is empty'],
    ['a file of white space', ['quotes', 'DIR:blank.txt'], 'DIR:blank.txt', 'is empty (only white space)'],
    ['a binary file', ['speakers', 'DIR:binary.txt'], 'DIR:binary.txt', /NUL bytes|binary|not valid UTF-8/],
    ['NUL bytes', ['sections', 'DIR:nul.txt'], 'DIR:nul.txt', /^contains NUL bytes \(at byte 18\).*refused$/],
    ['invalid UTF-8', ['parse', 'DIR:latin1.txt'], 'DIR:latin1.txt', /^is not valid UTF-8 text \(first invalid byte at offset 20; refused, not decoded with replacement characters\)$/],
    ['a JSON file that is not a valid transcript (names the field)', ['search', 'tango', 'DIR:invalid.json'], 'DIR:invalid.json', 'is not a valid transcript: quotes[2].speaker: unknown speaker "somebody-else"'],
    ['a JSON transcript with an id used twice', ['quotes', 'DIR:dup.json'], 'DIR:dup.json', /^is not a valid transcript: quotes\[3\]\.id: "[^"]+" is used twice \(also quotes\[1\]\)$/],
    ['a JSON transcript dated a day that does not exist', ['quotes', 'DIR:baddate.json'], 'DIR:baddate.json', 'is not a valid transcript: date: is not a day of the calendar'],
    ['a JSON transcript whose paragraph names another section', ['sections', 'DIR:wrongsection.json'], 'DIR:wrongsection.json', /^is not a valid transcript: paragraphs\[0\]\.section: "[^"]+", but the section ranges put paragraph 0 in "[^"]+"$/],
    ['a JSON file that is not JSON', ['quotes', 'DIR:notjson.json'], 'DIR:notjson.json', /^is not valid JSON \(/],
    ['a file over the size limit', ['search', 'tango', 'DIR:big.txt'], 'DIR:big.txt', 'is 33.0 MB, over the 32 MB limit'],
    ['a file one byte over the size limit', ['quotes', 'DIR:just-over.txt'], 'DIR:just-over.txt', 'is 32.1 MB, over the 32 MB limit'],
    ['an empty stdin', ['search', 'tango', '-'], '-', 'is empty'],
  ])('%s', (_, args, file, problem) => {
    const resolve = (a: string) => (a.startsWith('DIR:') ? f(a.slice(4)) : a);
    const line = expectOneLineError(parley(args.map(resolve)));
    const prefix = `parley: ${resolve(file)}: `;
    expect(line.startsWith(prefix)).toBe(true);
    const said = line.slice(prefix.length);
    if (typeof problem === 'string') expect(said).toBe(problem);
    else expect(said).toMatch(problem);
  });

  it('the same errors from the browse command, with stdout not a terminal', () => {
    expectOneLineError(parley([f('empty.txt')]));
    expectOneLineError(parley(['no-such-file.txt']));
  });

  it.each([
    [['search', 'tango', '--limit', '-3'], '--limit must be a whole number of 1 or more (got -3)'],
    [['search', 'tango', '--limit', '0'], '--limit must be a whole number of 1 or more (got 0)'],
    [['search', 'tango', '--limit', '2.5'], '--limit must be a whole number of 1 or more (got 2.5)'],
    [['search', 'tango', '--limit', 'many'], '--limit must be a whole number of 1 or more (got many)'],
    // Whole decimal numbers only: meow alone would read these as 16, 1000, 0 and 5.
    [['search', 'tango', '--limit', '0x10'], '--limit must be a whole number of 1 or more (got 0x10)'],
    [['search', 'tango', '--limit=1e3'], '--limit must be a whole number of 1 or more (got 1e3)'],
    [['search', 'tango', '-n', ' 5'], '--limit must be a whole number of 1 or more (got  5)'],
    [['search', 'tango', '--limit='], '--limit needs a value'],
    [['search', 'tango', '--limit=', '5'], '--limit needs a value'],
    // Flag names as documented: meow alone matches long flags in any case.
    [['quotes', '--JSON'], 'unknown flag --JSON'],
    [['search', 'tango', '--Limit', '3'], 'unknown flag --Limit'],
    [['speakers', '--No-cache'], 'unknown flag --No-cache'],
    [['sections', '--no-json', '--JSon'], 'unknown flag --JSon'],
    [['search', 'tango', '--limit'], '--limit needs a value'],
    [['search', 'tango', '--speaker'], '--speaker needs a value'],
    [['search', 'tango', '--bogus'], 'unknown flag --bogus'],
    [['search', 'tango', '-x'], 'unknown flag -x'],
    [['quotes', '--json', '--wat', '--huh'], 'unknown flags --wat, --huh'],
    [['--frobnicate'], 'unknown flag --frobnicate'],
    [['parse', DATA_TXT, '--markdown'], 'unknown flag --markdown'],
    [['speakers', '--no-frob'], 'unknown flag --no-frob'],
    [['search'], 'search needs a QUERY'],
    [['search', '  '], 'the QUERY is empty'],
    [['search', 'a', '--speaker', 'x', '--speaker', 'y'], 'The flag --speaker can only be set once.'],
  ])('usage error: %j', (args, message) => {
    const line = expectOneLineError(parley(args));
    expect(line).toMatch(new RegExp(`^parley: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(see parley( \\w+)? --help\\)$`));
  });

  it('number flags still read whole decimal numbers, in every spelling', () => {
    for (const args of [['--limit', '2'], ['--limit=2'], ['-n', '2'], ['-n2'], ['--limit', '02']]) {
      const r = parley(['search', 'tango', ...args, '--json']);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toHaveLength(2);
    }
  });

  it('stdin over the size limit is refused without claiming to know its size', () => {
    const line = expectOneLineError(parley(['quotes', '-'], { input: Buffer.alloc(32 * 1024 * 1024 + 70_000, 'a') }));
    expect(line).toBe('parley: -: is over the 32 MB limit');
  });

  it('stdin starting with { is JSON only when it is a transcript: other text is parsed', () => {
    const text = '{Applause}\n\nMaria Olsen: The ferry will run all winter.\n\nMikhail Serov: We agree with the council.\n';
    const r = parley(['speakers', '-'], { input: text });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Maria Olsen: 1 quote');
    const transcript = parley(['quotes', '-', '--json'], { input: readFileSync(f('dup.json')) });
    expect(expectOneLineError(transcript)).toMatch(/^parley: -: is not a valid transcript: quotes\[3\]\.id: /);
    expect(parley(['quotes', '-', '--json'], { input: JSON.stringify(bundledJson()) }).status).toBe(0);
  });

  it('a byte order mark and CRLF line ends change nothing', () => {
    const text = readFileSync(DATA_TXT, 'utf8');
    const bomDir = tempDir({
      'crlf.txt': '\ufeff' + text.replace(/\n/g, '\r\n'),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]),
    });
    const plain = JSON.parse(parley(['quotes', DATA_TXT, '--json']).stdout);
    for (const name of ['crlf.txt', 'utf16.txt']) {
      const other = JSON.parse(parley(['quotes', path.join(bomDir, name), '--json']).stdout);
      expect(other.map((e: { quote: unknown }) => e.quote)).toEqual(plain.map((e: { quote: unknown }) => e.quote));
    }
  });
});
