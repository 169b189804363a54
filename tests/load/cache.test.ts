import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir, TranscriptCache } from '../../src/load/cache.js';
import { parseTranscript } from '../../src/parse/index.js';
import { scratchDir } from '../scratch.js';

function setup() {
  const root = scratchDir('parley-cache-');
  const file = path.join(root, 'meeting.txt');
  writeFileSync(file, 'Meeting\n\nAnna Berg: The port is ready.\n\nJonas Lind: Good.');
  const stamp = () => {
    const s = statSync(file);
    return { size: s.size, mtimeMs: s.mtimeMs };
  };
  const cache = new TranscriptCache(path.join(root, 'cache'));
  return { root, file, stamp, cache, transcript: parseTranscript(readFileSync(file, 'utf8')) };
}

describe('the transcript cache', () => {
  it('lives under $XDG_CACHE_HOME/parley, or ~/.cache/parley', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/parley');
    expect(defaultCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'parley'));
    // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'rel' })).toBe(path.join(os.homedir(), '.cache', 'parley'));
  });

  it('returns what was stored while the file is unchanged', () => {
    const { file, stamp, cache, transcript } = setup();
    expect(cache.get(file, stamp())).toBeNull();
    expect(cache.put(file, stamp(), transcript)).toBe(true);
    expect(cache.get(file, stamp())).toEqual(transcript);
  });

  it('misses when the file is touched (mtime) or changes size', () => {
    const { file, stamp, cache, transcript } = setup();
    cache.put(file, stamp(), transcript);
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(cache.get(file, stamp())).toBeNull();
    cache.put(file, stamp(), transcript);
    writeFileSync(file, 'Meeting\n\nAnna Berg: The port is ready now.\n\nJonas Lind: Good.');
    utimesSync(file, later, later);
    expect(cache.get(file, stamp())).toBeNull();
  });

  it('misses when the parser version changes', () => {
    const { root, file, stamp, cache, transcript } = setup();
    cache.put(file, stamp(), transcript);
    expect(new TranscriptCache(path.join(root, 'cache'), '999.0.0').get(file, stamp())).toBeNull();
  });

  it('treats a corrupt entry as a miss and rewrites it', () => {
    const { root, file, stamp, cache, transcript } = setup();
    cache.put(file, stamp(), transcript);
    const dir = path.join(root, 'cache', 'transcripts');
    const [entry] = readdirSync(dir);
    writeFileSync(path.join(dir, entry), '{"path": "truncat');
    expect(cache.get(file, stamp())).toBeNull();
    writeFileSync(path.join(dir, entry), '\u0000\u0001binary');
    expect(cache.get(file, stamp())).toBeNull();
    expect(cache.put(file, stamp(), transcript)).toBe(true);
    expect(cache.get(file, stamp())).toEqual(transcript);
  });

  it('leaves no temporary files behind, and never throws when it cannot write', () => {
    const { root, file, stamp, cache, transcript } = setup();
    cache.put(file, stamp(), transcript);
    expect(readdirSync(path.join(root, 'cache', 'transcripts')).every((f) => f.endsWith('.json'))).toBe(true);
    const blocked = path.join(root, 'not-a-dir');
    writeFileSync(blocked, 'x');
    expect(new TranscriptCache(blocked).put(file, stamp(), transcript)).toBe(false);
  });

  it('stores a quote’s text once (its paragraph holds it) and gives back the same transcript, key order too', () => {
    const { root, file, stamp, cache, transcript } = setup();
    cache.put(file, stamp(), transcript);
    const dir = path.join(root, 'cache', 'transcripts');
    const [entry] = readdirSync(dir);
    const stored = JSON.parse(readFileSync(path.join(dir, entry), 'utf8'));
    expect(stored.transcript.quotes.every((q: { text: unknown }) => q.text === 0)).toBe(true);
    expect(JSON.stringify(cache.get(file, stamp()))).toBe(JSON.stringify(transcript));
    // An entry of the first format (or one whose quote text cannot be restored) is a miss.
    writeFileSync(path.join(dir, entry), JSON.stringify({ ...stored, format: 1 }));
    expect(cache.get(file, stamp())).toBeNull();
    stored.transcript.quotes[0].paragraph = 'nowhere';
    writeFileSync(path.join(dir, entry), JSON.stringify(stored));
    expect(cache.get(file, stamp())).toBeNull();
  });
});
