/**
 * A folder as one library, through the built bin: results name their transcript, speakers are merged
 * across transcripts, and the transcript cache (hits, invalidation, corruption, two processes, --no-cache).
 * The library comes from scripts/gen-library.mjs (30 files × 6 turns, deterministic).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parley, parleyAsync, ROOT } from './helpers.js';
import { scratchDir } from '../scratch.js';

let library: string;
const FILES = 30;

beforeAll(() => {
  library = scratchDir('parley-library-');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-library.mjs'), library, String(FILES), '6'], { stdio: 'ignore' });
});

const freshCache = () => scratchDir('parley-cache-');
const entriesOf = (cache: string) => {
  const dir = path.join(cache, 'transcripts');
  return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
};
/** Runs parley with its own cache and returns the PARLEY_CACHE_STATS line's counts. */
function cached(args: string[], cache: string, env: Record<string, string> = {}) {
  const run = parley(args, { env: { PARLEY_CACHE_DIR: cache, PARLEY_CACHE_STATS: '1', ...env } });
  const m = /cache: (\d+) hits, (\d+) misses, (\d+) written/.exec(run.stderr);
  const pack = /search pack: (\w+)/.exec(run.stderr)?.[1] ?? null;
  return { run, pack, stats: m ? { hits: Number(m[1]), misses: Number(m[2]), written: Number(m[3]) } : null };
}

interface Hit {
  quote: { text: string; speaker: string };
  speaker: { name: string; person?: string };
  transcript: { file: string; title: string; date: string | null };
}

describe('a folder is one library', () => {
  it('every search result names its transcript: title, date and file in --json, title and date in text', () => {
    const json = parley(['search', 'gas storage', library, '--json', '--limit', '50']);
    expect(json.status).toBe(0);
    const hits: Hit[] = JSON.parse(json.stdout);
    expect(new Set(hits.map((h) => h.transcript.file)).size).toBeGreaterThan(1);
    for (const h of hits) {
      expect(h.transcript.file.startsWith(library)).toBe(true);
      expect(readFileSync(h.transcript.file, 'utf8').startsWith(h.transcript.title)).toBe(true);
      expect(h.transcript.date).toMatch(/^202\d-\d\d-\d\d$/);
      expect(readFileSync(h.transcript.file, 'utf8')).toContain(h.quote.text);
    }
    const text = parley(['search', 'gas storage', library, '--limit', '3']);
    const headings = text.stdout.split('\n').filter((l) => l && !l.startsWith('  '));
    expect(headings).toHaveLength(3);
    for (const h of headings) expect(h).toMatch(/^Meeting on .+ \(202\d-\d\d-\d\d\) — /);
  });

  it('quotes --markdown cites the transcript of each quote', () => {
    const md = parley(['quotes', library, '--markdown', '--speaker', 'Owen Marsh']);
    expect(md.status).toBe(0);
    const citations = md.stdout.split('\n').filter((l) => l.startsWith('> — '));
    expect(citations.length).toBeGreaterThan(1);
    for (const c of citations) expect(c).toMatch(/^> — Owen Marsh, \*Meeting on .+\*, 202\d-\d\d-\d\d/);
  });

  it('speakers lists people merged across transcripts with counts over all of them', () => {
    const run = parley(['speakers', library, '--json']);
    expect(run.status).toBe(0);
    const people: { person: string; name: string; aliases: string[]; quotes: number; transcripts: number; speakers: unknown[] }[] = JSON.parse(run.stdout);
    const lukashenko = people.filter((p) => /Lukashenko/.test(p.name));
    expect(lukashenko).toHaveLength(1);
    const [person] = lukashenko;
    expect(person.name).toMatch(/^(Aleksandr|Alexander) Lukashenko$/);
    for (const form of ['Aleksandr Lukashenko', 'Alexander Lukashenko', 'A. Lukashenko']) expect([person.name, ...person.aliases]).toContain(form);
    // He hosts every third meeting (files 0, 3, 6, …).
    expect(person.transcripts).toBe(FILES / 3);
    expect(person.speakers).toHaveLength(FILES / 3);
    const all: Hit[] = JSON.parse(parley(['quotes', library, '--json']).stdout);
    expect(person.quotes).toBe(all.filter((h) => h.speaker.person === person.person).length);
    const text = parley(['speakers', library]);
    expect(text.stdout.split('\n')[0]).toBe(`${FILES} transcripts, ${people.length} people`);
    expect(text.stdout).toMatch(new RegExp(`^${person.name} \\(also .+\\).*: ${person.quotes} quotes in ${FILES / 3} transcripts`, 'm'));
  });

  it('--speaker and @name filter by the merged person, whatever the spelling in each file', () => {
    const all: Hit[] = JSON.parse(parley(['quotes', library, '--json']).stdout);
    const his = all.filter((h) => /Lukashenko/.test(h.speaker.name));
    expect(new Set(his.map((h) => h.speaker.name)).size).toBeGreaterThan(1);
    for (const filter of [['--speaker', 'Aleksandr Lukashenko'], ['--speaker', 'A. Lukashenko'], ['--speaker', 'alexander']]) {
      const run = parley(['quotes', library, '--json', ...filter]);
      const got: Hit[] = JSON.parse(run.stdout);
      expect(got.map((h) => h.quote.text)).toEqual(his.map((h) => h.quote.text));
    }
    const at: Hit[] = JSON.parse(parley(['search', '@aleksandr budget', library, '--json', '--limit', '1000']).stdout);
    expect(at.length).toBeGreaterThan(0);
    expect(new Set(at.map((h) => h.speaker.person)).size).toBe(1);
    expect(new Set(at.map((h) => h.speaker.name)).size).toBeGreaterThan(1);
  });
});

describe('the transcript cache', () => {
  it('a first run parses and writes an entry per file; a second run uses them all and rewrites none', () => {
    const cache = freshCache();
    const first = cached(['search', 'budget', library], cache);
    expect(first.run.status).toBe(0);
    expect(first.stats).toEqual({ hits: 0, misses: FILES, written: FILES });
    const entries = entriesOf(cache);
    expect(entries).toHaveLength(FILES);
    const mtimes = entries.map((e) => statSync(e).mtimeMs);
    const second = cached(['search', 'budget', library], cache);
    expect(second.stats).toEqual({ hits: FILES, misses: 0, written: 0 });
    expect(second.run.stdout).toBe(first.run.stdout);
    expect(entries.map((e) => statSync(e).mtimeMs)).toEqual(mtimes);
  });

  it('a touched file is parsed again, and only that one', () => {
    const cache = freshCache();
    cached(['speakers', library], cache);
    const file = path.join(library, '2021', 'meeting-0001.txt');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(cached(['speakers', library], cache).stats).toEqual({ hits: FILES - 1, misses: 1, written: 1 });
    expect(cached(['speakers', library], cache).stats).toEqual({ hits: FILES, misses: 0, written: 0 });
  });

  it('another parser version misses every entry (PARLEY_PARSER_VERSION stands in for it)', () => {
    const cache = freshCache();
    cached(['speakers', library], cache);
    expect(cached(['speakers', library], cache, { PARLEY_PARSER_VERSION: 'test-next' }).stats).toEqual({ hits: 0, misses: FILES, written: FILES });
    expect(cached(['speakers', library], cache, { PARLEY_PARSER_VERSION: 'test-next' }).stats).toEqual({ hits: FILES, misses: 0, written: 0 });
  });

  it('corrupt entries are rebuilt, never fatal', () => {
    const cache = freshCache();
    const good = cached(['search', 'budget', library, '--json'], cache);
    const entries = entriesOf(cache);
    writeFileSync(entries[0], '{"path": "trunc');
    writeFileSync(entries[1], Buffer.from([0, 1, 2, 0xff, 0xfe]));
    writeFileSync(entries[2], JSON.stringify({ path: 'x', transcript: null }));
    writeFileSync(entries[3], '');
    // The right format with a part missing: a damaged entry all the same.
    const intact = JSON.parse(readFileSync(entries[4], 'utf8'));
    delete intact.transcript.speakers;
    writeFileSync(entries[4], JSON.stringify(intact));
    const again = cached(['search', 'budget', library, '--json'], cache);
    expect(again.run.status).toBe(0);
    expect(again.run.stdout).toBe(good.run.stdout);
    expect(again.stats).toEqual({ hits: FILES - 5, misses: 5, written: 5 });
    for (const e of entriesOf(cache)) expect(JSON.parse(readFileSync(e, 'utf8')).transcript.quotes.length).toBeGreaterThan(0);
  });

  it('two parley processes at once on a cold cache both succeed and leave whole entries', async () => {
    const cache = freshCache();
    const env = { PARLEY_CACHE_DIR: cache };
    const [a, b] = await Promise.all([parleyAsync(['search', 'budget', library, '--json'], { env }), parleyAsync(['search', 'budget', library, '--json'], { env })]);
    expect([a.status, b.status, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    expect(a.stdout).toBe(b.stdout);
    const entries = entriesOf(cache);
    expect(entries).toHaveLength(FILES);
    for (const e of entries) {
      expect(e.endsWith('.json')).toBe(true);
      expect(JSON.parse(readFileSync(e, 'utf8')).transcript.quotes.length).toBeGreaterThan(0);
    }
    expect(cached(['search', 'budget', library, '--json'], cache).stats).toEqual({ hits: FILES, misses: 0, written: 0 });
  });

  it('keeps the library’s search words in a pack, used while no file changes, rebuilt when one does or when damaged', () => {
    const cache = freshCache();
    const query = ['search', 'weather budget', library, '--json', '--limit', '30'];
    const first = cached(query, cache);
    expect(first.pack).toBe('written');
    const [pack] = readdirSync(path.join(cache, 'search')).map((f) => path.join(cache, 'search', f));
    const second = cached(query, cache);
    expect(second.pack).toBe('hit');
    expect(second.run.stdout).toBe(first.run.stdout);
    expect(JSON.parse(second.run.stdout).length).toBeGreaterThan(5);
    // A file changed: the pack no longer fits and is made again.
    const file = path.join(library, '2022', 'meeting-0002.txt');
    const later = new Date(Date.now() + 120_000);
    utimesSync(file, later, later);
    expect(cached(query, cache).pack).toBe('written');
    expect(cached(query, cache).pack).toBe('hit');
    // Another parser version, then a damaged pack: rebuilt, same results, never fatal.
    expect(cached(query, cache, { PARLEY_PARSER_VERSION: 'test-pack' }).pack).toBe('written');
    writeFileSync(pack, readFileSync(pack).subarray(0, 1000));
    const damaged = cached(query, cache, { PARLEY_PARSER_VERSION: 'test-pack' });
    expect([damaged.run.status, damaged.pack]).toEqual([0, 'written']);
    expect(damaged.run.stdout).toBe(first.run.stdout);
    expect(readdirSync(path.join(cache, 'search'))).toHaveLength(1);
  });

  it('--no-cache writes nothing, on every command that loads', () => {
    const cache = freshCache();
    for (const args of [['search', 'budget', library], ['quotes', library], ['speakers', library], ['sections', library], [library]]) {
      const run = cached([...args, '--no-cache'], cache);
      expect(run.run.status).toBe(0);
      expect(run.stats).toBeNull();
    }
    expect(readdirSync(cache)).toEqual([]);
  });
});
