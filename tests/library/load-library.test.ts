import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryOf, loadLibrary } from '../../src/library/load-library.js';
import { TranscriptCache } from '../../src/load/cache.js';
import { loadEach, type LoadedTranscript } from '../../src/load/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { folder } from '../load/helpers.js';

const meeting = (title: string, label: string, line: string) => `${title}\n\n${label}: ${line}\n\nOwen Marsh: Thank you.\n`;

function threeMeetings() {
  return folder({
    'a/one.txt': meeting('Budget meeting', 'President Aleksandr Lukashenko', 'The budget is ready for winter.'),
    'b/two.md': meeting('Grain meeting', 'Alexander Lukashenko', 'The harvest was late this year.'),
    'c/three.txt': meeting('Border meeting', 'A. Lukashenko', 'The border stays open for trucks.'),
  });
}

describe('loadEach: a library one transcript at a time', () => {
  it('yields each transcript as it is loaded, with progress (files done, files in all)', async () => {
    const dir = threeMeetings();
    const progress: [number, number][] = [];
    const seen: { file: string; progressAtYield: number }[] = [];
    for await (const loaded of loadEach([dir], { onProgress: (done, total) => progress.push([done, total]) })) {
      seen.push({ file: path.relative(dir, loaded.file), progressAtYield: progress.length });
    }
    expect(seen).toEqual([
      { file: 'a/one.txt', progressAtYield: 1 },
      { file: 'b/two.md', progressAtYield: 2 },
      { file: 'c/three.txt', progressAtYield: 3 },
    ]);
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('lets timers and input run while a large folder loads (a UI can draw before the last file)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[`m${String(i).padStart(2, '0')}.txt`] = meeting(`Meeting ${i}`, 'Owen Marsh', `The budget line ${i} is ready. `.repeat(40));
    const dir = folder(files);
    let loaded = 0;
    let loadedWhenTimerRan = -1;
    setTimeout(() => (loadedWhenTimerRan = loaded), 0);
    for await (const _ of loadEach([dir])) loaded++;
    expect(loaded).toBe(80);
    expect(loadedWhenTimerRan).toBeGreaterThan(0);
    expect(loadedWhenTimerRan).toBeLessThan(80);
  });

  it('stops between files when its signal is aborted', async () => {
    const dir = threeMeetings();
    const controller = new AbortController();
    const got: LoadedTranscript[] = [];
    await expect(
      (async () => {
        for await (const loaded of loadEach([dir], { signal: controller.signal })) {
          got.push(loaded);
          controller.abort(new Error('closed'));
        }
      })(),
    ).rejects.toThrow('closed');
    expect(got).toHaveLength(1);
  });

  it('takes text files from the cache while they are unchanged, and applies a sidecar edited since', async () => {
    const dir = threeMeetings();
    const cache = new TranscriptCache(path.join(folder(), 'cache'));
    await loadLibrary([dir], { cache });
    expect(cache.stats).toEqual({ hits: 0, misses: 3, writes: 3 });
    writeFileSync(path.join(dir, 'a/one.meta.json'), JSON.stringify({ date: '2024-03-01' }));
    const again = await loadLibrary([dir], { cache });
    expect(cache.stats).toEqual({ hits: 3, misses: 3, writes: 3 });
    expect(again.transcripts[0].transcript.date).toBe('2024-03-01');
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(dir, 'b/two.md'), later, later);
    await loadLibrary([dir], { cache });
    expect(cache.stats).toEqual({ hits: 5, misses: 4, writes: 4 });
    expect(readdirSync(path.join(cache.dir))).toHaveLength(3);
  });
});

describe('a library', () => {
  it('merges the speakers of its transcripts into people and sets speaker.person', async () => {
    const library = await loadLibrary([threeMeetings()]);
    const lukashenko = library.people.find((p) => /Lukashenko/.test(p.name))!;
    expect(lukashenko.appearances.map((a) => a.transcript)).toEqual([0, 1, 2]);
    const persons = library.transcripts.map((l) => l.transcript.speakers.find((s) => /Lukashenko/.test(s.name))!.person);
    expect(persons).toEqual([lukashenko.id, lukashenko.id, lukashenko.id]);
  });

  it('search filters by the merged person: @aleksandr finds what A. Lukashenko said', async () => {
    const library = await loadLibrary([threeMeetings()]);
    const index = createSearchIndex(library.transcripts.map((l) => l.transcript));
    const texts = (q: string, speaker?: string) => index.search(q, { speaker }).map((h) => h.doc.quote.text);
    expect(texts('@aleksandr border')).toEqual(['The border stays open for trucks.']);
    expect(texts('trucks', 'Alexander Lukashenko')).toEqual(['The border stays open for trucks.']);
    expect(texts('@lukashenko').sort()).toEqual(['The border stays open for trucks.', 'The budget is ready for winter.', 'The harvest was late this year.']);
  });

  it('leaves one transcript as it is: nobody to merge', async () => {
    const dir = threeMeetings();
    const [one] = await loadLibrary([path.join(dir, 'a/one.txt')]).then((l) => l.transcripts);
    expect(one.transcript.speakers.every((s) => s.person === undefined)).toBe(true);
    const single = await libraryOf([one]);
    expect(single.transcripts[0]).toBe(one);
    expect(single.people.map((p) => p.name)).toEqual(one.transcript.speakers.map((s) => s.name));
  });
});
