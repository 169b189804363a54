// Parser throughput on article text: one large article (the seed's body repeated to ~5 MB) and the
// seed parsed as many separate documents. Bundles src/parse with esbuild so it runs as the CLI does.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function parseBench() {
  const out = path.join(root, '.bench', 'parse.mjs');
  mkdirSync(path.dirname(out), { recursive: true });
  await build({ entryPoints: [path.join(root, 'src/parse/index.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
  const { parseTranscript } = await import(pathToFileURL(out).href);
  const seed = readFileSync(path.join(root, 'data/000_b7a3f8f331ca27dc.txt'), 'utf8');
  const body = seed.split('\n\n').slice(1).join('\n\n');
  const large = seed + ('\n\n' + body).repeat(Math.ceil(5e6 / body.length));

  const best = (fn, runs) => {
    let ms = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn();
      ms = Math.min(ms, performance.now() - t0);
    }
    return ms;
  };
  // What one bare pass over the same text costs on this machine now: splitting it into words.
  const scanMs = best(() => large.split(/\s+/).length, 8);
  const scanRate = `${(large.length / 1e6 / (scanMs / 1000)).toFixed(0)} MB/s (text.split(/\\s+/))`;
  // Throughput is measured warm: the JIT has seen the parser's code on a few hundred documents first (a
  // cold, one-off parse is part of the CLI and library timings instead).
  for (let i = 0; i < 600; i++) parseTranscript(seed);
  parseTranscript(large);
  const largeMs = best(() => parseTranscript(large), 8);
  const largeRate = large.length / 1e6 / (largeMs / 1000);
  const copies = 200;
  const manyMs = best(() => {
    for (let i = 0; i < copies; i++) parseTranscript(seed);
  }, 8);
  const manyRate = (copies * seed.length) / 1e6 / (manyMs / 1000);
  return [
    {
      metric: `parse: one ${(large.length / 1e6).toFixed(1)} MB article`,
      parley: `${largeRate.toFixed(1)} MB/s (${largeMs.toFixed(0)} ms)`,
      baseline: scanRate,
      goal: '≥ 20 MB/s',
      ok: largeRate >= 20,
    },
    {
      metric: `parse: the seed as ${copies} separate documents`,
      parley: `${manyRate.toFixed(1)} MB/s (${(manyMs / copies).toFixed(2)} ms each)`,
      baseline: scanRate,
      goal: '≥ 20 MB/s',
      ok: manyRate >= 20,
    },
  ];
}
