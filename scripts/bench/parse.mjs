// Parser throughput on article text: one large article (the seed's body repeated to ~5 MB) and the seed
// parsed as many separate documents. Bundles src/parse with esbuild so it runs as the CLI does; each
// measurement runs in its own process (lib/parse-worker.mjs) and takes the best of 12 runs after warm-up.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function parseBench() {
  const out = path.join(root, '.bench', 'parse.mjs');
  mkdirSync(path.dirname(out), { recursive: true });
  await build({ entryPoints: [path.join(root, 'src/parse/index.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
  const seed = path.join(root, 'data/000_b7a3f8f331ca27dc.txt');
  const worker = path.join(root, 'scripts/bench/lib/parse-worker.mjs');
  const measure = (mode) => JSON.parse(execFileSync(process.execPath, [worker, out, seed, mode], { encoding: 'utf8' }));
  const rate = ({ bytes, ms }) => bytes / 1e6 / (ms / 1000);

  const scan = measure('scan');
  const scanRate = `${rate(scan).toFixed(0)} MB/s (text.split(/\\s+/))`;
  const large = measure('large');
  const many = measure('many');
  // Pathological inputs (issue: nothing unbounded): time per byte against ordinary text of the same size.
  const ordinary = measure('shape:ordinary');
  const perByte = ({ bytes, ms }) => ms / bytes;
  const shapes = ['one-line paragraphs', 'one line, no quotes'].map((name) => {
    const m = measure(`shape:${name}`);
    const ratio = perByte(m) / perByte(ordinary);
    return {
      metric: `parse: 1 MB of ${name}`,
      parley: `${m.ms.toFixed(0)} ms (${ratio.toFixed(2)}x ordinary per byte)`,
      baseline: `ordinary text ${ordinary.ms.toFixed(0)} ms / ${(ordinary.bytes / 1e6).toFixed(1)} MB`,
      goal: '≤ 2x ordinary',
      ok: ratio <= 2,
    };
  });
  return [
    ...shapes,
    {
      metric: `parse: one ${(large.bytes / 1e6).toFixed(1)} MB article`,
      parley: `${rate(large).toFixed(1)} MB/s (${large.ms.toFixed(0)} ms)`,
      baseline: scanRate,
      goal: '≥ 20 MB/s',
      ok: rate(large) >= 20,
    },
    {
      metric: `parse: the seed as ${many.copies} separate documents`,
      parley: `${rate(many).toFixed(1)} MB/s (${(many.ms / many.copies).toFixed(2)} ms each)`,
      baseline: scanRate,
      goal: '≥ 20 MB/s',
      ok: rate(many) >= 20,
    },
  ];
}
