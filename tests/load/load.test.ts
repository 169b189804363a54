import { existsSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bundledPaths, packageRoot } from '../../src/load/bundled.js';
import { listTranscriptFiles, loadInputs, LoadError, MAX_FILE_BYTES } from '../../src/load/index.js';
import { parseTranscript } from '../../src/parse/index.js';
import { folder, SAMPLE, utf16le } from './helpers.js';

async function loadError(inputs: string[], stdin?: NodeJS.ReadableStream): Promise<LoadError> {
  try {
    await loadInputs(inputs, { stdin });
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected a LoadError');
}

const validJson = () => JSON.stringify(parseTranscript(SAMPLE));

describe('loadInputs: files', () => {
  it('parses a text file, with the path as its source', async () => {
    const dir = folder({ 'council.txt': SAMPLE });
    const [loaded] = await loadInputs([path.join(dir, 'council.txt')]);
    expect(loaded.file).toBe(path.join(dir, 'council.txt'));
    expect(loaded.transcript.title).toBe('Meeting of the Lake Region council');
    expect(loaded.transcript.source).toBe(path.join(dir, 'council.txt'));
    expect(loaded.transcript.quotes.length).toBeGreaterThan(0);
  });

  it('reads a text file with a BOM and CRLF exactly as the plain one', async () => {
    const dir = folder({ 'a/council.txt': SAMPLE, 'b/council.txt': utf16le(SAMPLE.replace(/\n/g, '\r\n')) });
    const [a] = await loadInputs([path.join(dir, 'a/council.txt')]);
    const [b] = await loadInputs([path.join(dir, 'b/council.txt')]);
    expect({ ...b.transcript, source: null }).toEqual({ ...a.transcript, source: null });
  });

  it('applies a NAME.meta.json sidecar over the parsed fields', async () => {
    const dir = folder({ 'council.md': SAMPLE, 'council.meta.json': JSON.stringify({ date: '2024-03-02', place: 'Petrozavodsk', source: 'Council press office' }) });
    const [loaded] = await loadInputs([path.join(dir, 'council.md')]);
    expect(loaded.transcript).toMatchObject({ date: '2024-03-02', place: 'Petrozavodsk', source: 'Council press office' });
  });

  it('names the sidecar when it is wrong', async () => {
    const dir = folder({ 'council.txt': SAMPLE, 'council.meta.json': JSON.stringify({ date: 'March' }) });
    const error = await loadError([path.join(dir, 'council.txt')]);
    expect(error.file).toBe(path.join(dir, 'council.meta.json'));
    expect(error.problem).toMatch(/date/);
  });

  it('validates a JSON transcript', async () => {
    const dir = folder({ 'council.json': validJson() });
    const [loaded] = await loadInputs([path.join(dir, 'council.json')]);
    expect(loaded.transcript.title).toBe('Meeting of the Lake Region council');
  });

  it('names the bad field of a JSON file that is not a transcript', async () => {
    const t = JSON.parse(validJson());
    t.quotes[0].speaker = 'nobody';
    const dir = folder({ 'bad.json': JSON.stringify(t), 'other.json': JSON.stringify({ hello: 1 }) });
    const error = await loadError([path.join(dir, 'bad.json')]);
    expect(error.problem).toBe('is not a valid transcript: quotes[0].speaker: unknown speaker "nobody"');
    expect((await loadError([path.join(dir, 'other.json')])).problem).toMatch(/^is not a valid transcript: version/);
  });

  it('says when a JSON file is not JSON at all', async () => {
    const dir = folder({ 'broken.json': '{"version": 1,' });
    expect((await loadError([path.join(dir, 'broken.json')])).problem).toMatch(/^is not valid JSON \(/);
  });

  it('reports a missing file, a file too big, an empty file', async () => {
    const dir = folder({ 'empty.txt': '', 'big.txt': 'x' });
    truncateSync(path.join(dir, 'big.txt'), MAX_FILE_BYTES + 1); // sparse: nothing is written
    expect(await loadError([path.join(dir, 'missing.txt')])).toMatchObject({ file: path.join(dir, 'missing.txt'), problem: 'no such file or directory' });
    expect((await loadError([path.join(dir, 'big.txt')])).problem).toBe('is 32.1 MB, over the 32 MB limit');
    expect((await loadError([path.join(dir, 'empty.txt')])).problem).toBe('is empty');
  });
});

describe('loadInputs: folders', () => {
  it('reads .txt, .md and .json recursively in name order, skipping sidecars and hidden files', async () => {
    const dir = folder({
      'b.txt': SAMPLE,
      'a.json': validJson(),
      'a.meta.json': '{}',
      'notes.pdf': 'x',
      '.hidden.txt': SAMPLE,
      '.git/HEAD.txt': SAMPLE,
      'sub/c.md': SAMPLE,
    });
    expect(listTranscriptFiles(dir).map((f) => path.relative(dir, f))).toEqual(['a.json', 'b.txt', path.join('sub', 'c.md')]);
    expect((await loadInputs([dir])).length).toBe(3);
  });

  it('reports a folder with no transcripts', async () => {
    const dir = folder({ 'notes.pdf': 'x', 'x.meta.json': '{}' });
    expect(await loadError([dir])).toMatchObject({ file: dir, problem: 'contains no transcripts (.txt, .md or .json files)' });
  });

  it('names the bad file inside a folder', async () => {
    const dir = folder({ 'a.txt': SAMPLE, 'b.txt': Buffer.from([0x61, 0, 0x62]) });
    expect((await loadError([dir])).file).toBe(path.join(dir, 'b.txt'));
  });
});

describe('loadInputs: stdin and the bundled transcript', () => {
  it('- reads text from stdin', async () => {
    const [loaded] = await loadInputs(['-'], { stdin: Readable.from([Buffer.from(SAMPLE)]) });
    expect(loaded.file).toBe('-');
    expect(loaded.transcript.title).toBe('Meeting of the Lake Region council');
  });

  it('- reads a JSON transcript from stdin', async () => {
    const [loaded] = await loadInputs(['-'], { stdin: Readable.from([Buffer.from(validJson())]) });
    expect(loaded.transcript.quotes.length).toBeGreaterThan(0);
  });

  it('- reports an empty stdin', async () => {
    expect(await loadError(['-'], Readable.from([]))).toMatchObject({ file: '-', problem: 'is empty' });
  });

  it('no input: the bundled transcript, found from the package root', async () => {
    expect(existsSync(path.join(packageRoot(), 'package.json'))).toBe(true);
    const [loaded] = await loadInputs([]);
    expect(loaded.transcript.title).toBe('Meeting with Russian President Vladimir Putin');
    expect(loaded.transcript.date).toBe('2023-09-15');
    expect([bundledPaths().json, bundledPaths().text]).toContain(loaded.file);
  });
});

