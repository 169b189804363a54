import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TranscriptCache } from '../../src/load/cache.js';
import { parseTranscript } from '../../src/parse/index.js';
import { PARSER_VERSION } from '../../src/parse/version.js';
import { scratchDir } from '../scratch.js';

// Issue 10: a cache entry is not trusted because it parses. Its digest must match and its transcript must
// pass the model's validation; anything else is a miss (null), never an exception and never served.
function setup() {
  const root = scratchDir('parley-cache-integrity-');
  const file = path.join(root, 'meeting.txt');
  writeFileSync(file, 'Meeting\n\nAnna Berg: The port is ready for the winter.\n\nJonas Lind: Good. The ferry will run.\n');
  const s = statSync(file);
  const stamp = { size: s.size, mtimeMs: s.mtimeMs };
  const cache = new TranscriptCache(path.join(root, 'cache'));
  const transcript = parseTranscript(readFileSync(file, 'utf8'));
  cache.put(file, stamp, transcript);
  const dir = path.join(root, 'cache', 'transcripts');
  const entry = path.join(dir, readdirSync(dir)[0]);
  return { file, stamp, cache, transcript, entry };
}

const FIELD = ',"transcript":';
const split = (text: string) => {
  const at = text.indexOf(FIELD);
  return { head: text.slice(0, at), body: text.slice(at + FIELD.length, -1) };
};

/** Edits the stored transcript; with `forge`, recomputes the digest as parley would (someone who read the code). */
function tamper(entry: string, file: string, stamp: { size: number; mtimeMs: number }, edit: (t: any) => void, forge: boolean) {
  const { head, body } = split(readFileSync(entry, 'utf8'));
  const t = JSON.parse(body);
  edit(t);
  const json = JSON.stringify(t);
  const key = JSON.parse(`${head}}`);
  if (forge) {
    const keyText = JSON.stringify([3, realpathSync(file), stamp.size, stamp.mtimeMs, PARSER_VERSION, 1]);
    key.digest = createHash('sha256').update(keyText).update('\n').update(json).digest('hex');
  }
  writeFileSync(entry, `${JSON.stringify(key).slice(0, -1)}${FIELD}${json}}`);
}

describe('cache entries are checked on read', () => {
  it('the entry holds a digest of its key and transcript, and a clean entry is a hit', () => {
    const { file, stamp, cache, transcript, entry } = setup();
    expect(JSON.parse(readFileSync(entry, 'utf8')).digest).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.get(file, stamp)).toEqual(transcript);
  });

  it.each([
    ['a paragraph edited (so the quote cut from it is falsified)', (t: any) => (t.paragraphs[0].text = t.paragraphs[0].text.replace('ready', 'never')), false],
    ['a quote text edited in place', (t: any) => (t.quotes[0].text = 'The port is closed.'), false],
    ['a wrong field type (role: 42), digest forged', (t: any) => (t.speakers[0].role = 42), true],
    ['a quote text that its paragraph does not hold, digest forged', (t: any) => (t.quotes[0].text = 'The port is closed.'), true],
    ['an escape sequence as the date, digest forged', (t: any) => (t.date = '\u001b]0;pwned\u0007'), true],
    ['a quote id used twice, digest forged', (t: any) => (t.quotes[1].id = t.quotes[0].id), true],
    ['the speakers list gone, digest forged', (t: any) => delete t.speakers, true],
  ])('%s: a miss, not an error', (_, edit, forge) => {
    const { file, stamp, cache, transcript, entry } = setup();
    tamper(entry, file, stamp, edit, forge as boolean);
    expect(cache.get(file, stamp)).toBeNull();
    expect(cache.stats).toMatchObject({ hits: 0, misses: 1 });
    // Rewritten by the next put, then a hit again.
    cache.put(file, stamp, transcript);
    expect(cache.get(file, stamp)).toEqual(transcript);
  });

  it('a forged entry that is still a valid transcript is served: the digest is no signature (this keeps the forged cases above honest)', () => {
    const { file, stamp, cache, entry } = setup();
    tamper(entry, file, stamp, (t) => (t.title = 'Forged \u001b]0;title\u0007'), true);
    expect(cache.get(file, stamp)?.title).toBe('Forged \u001b]0;title\u0007');
  });

  it('a bad digest, or none, is a miss', () => {
    const { file, stamp, cache, entry } = setup();
    const text = readFileSync(entry, 'utf8');
    const digest = JSON.parse(text).digest as string;
    writeFileSync(entry, text.replace(digest, digest.replace(/^./, (c) => (c === '0' ? '1' : '0'))));
    expect(cache.get(file, stamp)).toBeNull();
    writeFileSync(entry, text.replace(`"digest":"${digest}",`, ''));
    expect(cache.get(file, stamp)).toBeNull();
  });

  it('an entry moved to another file’s name is a miss (the key is in the digest)', () => {
    const { file, stamp, cache, entry } = setup();
    const { head } = split(readFileSync(entry, 'utf8'));
    const key = JSON.parse(`${head}}`);
    const other = path.join(path.dirname(file), 'other.txt');
    writeFileSync(other, readFileSync(file));
    const otherStamp = { size: stamp.size, mtimeMs: statSync(other).mtimeMs };
    cache.put(other, otherStamp, parseTranscript('Other\n\nAnna Berg: Something else entirely.\n'));
    const otherEntry = readdirSync(path.dirname(entry)).map((f) => path.join(path.dirname(entry), f)).find((f) => f !== entry)!;
    // The other file's transcript under this file's key, with the other entry's (valid) digest.
    const { body } = split(readFileSync(otherEntry, 'utf8'));
    const otherDigest = JSON.parse(readFileSync(otherEntry, 'utf8')).digest;
    writeFileSync(entry, `${JSON.stringify({ ...key, digest: otherDigest }).slice(0, -1)}${FIELD}${body}}`);
    expect(cache.get(file, stamp)).toBeNull();
  });
});
