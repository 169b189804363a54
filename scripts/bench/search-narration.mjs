// Search with narration in the index at 100,000 quotes, side by side with the same quotes without their
// narration (what search covered before), in one run: index build, keystroke-to-results p95, peak RSS.
// The transcripts are generated in memory by scripts/bench/narration-harness.ts (article style: each
// paragraph is narration around a quote, so the index holds 100,000 narration documents too).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, percentile } from './lib/library.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function bundleHarness() {
  const { build } = await import('esbuild');
  const outdir = path.join(ROOT, '.bench', 'narration');
  mkdirSync(outdir, { recursive: true });
  await build({ entryPoints: [path.join(ROOT, 'scripts/bench/narration-harness.ts')], outdir, outExtension: { '.js': '.mjs' }, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  return path.join(outdir, 'narration-harness.mjs');
}

export default async function narrationBench() {
  const harness = await bundleHarness();
  const run = (mode) => {
    const r = spawnSync(process.execPath, [harness, mode], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`narration harness (${mode}) exited ${r.status}: ${r.stderr.slice(-500)}`);
    return JSON.parse(r.stdout);
  };
  const withNarration = run('narration');
  const quotesOnly = run('quotes-only');
  const stats = (h) => {
    const times = h.keystrokes.map((k) => k.ms);
    const worst = h.keystrokes.reduce((a, b) => (b.ms > a.ms ? b : a));
    return { p95: percentile(times, 95), median: median(times), worst, count: times.length };
  };
  const a = stats(withNarration);
  const b = stats(quotesOnly);
  return [
    {
      metric: `keystroke-to-results p95 at ${withNarration.quotes} quotes + their narration (${a.count} keys of 7 typed queries, limit 50)`,
      parley: `${a.p95.toFixed(1)} ms (median ${a.median.toFixed(1)}, worst ${a.worst.ms.toFixed(0)} "${a.worst.query}")`,
      baseline: `${b.p95.toFixed(1)} ms quotes only (median ${b.median.toFixed(1)}, worst ${b.worst.ms.toFixed(0)} "${b.worst.query}")`,
      goal: '≤ 50 ms',
      ok: a.p95 <= 50,
    },
    {
      metric: '  index build / peak RSS, with narration',
      parley: `${withNarration.indexMs.toFixed(0)} ms / ${withNarration.maxRssMb.toFixed(0)} MB`,
      baseline: `${quotesOnly.indexMs.toFixed(0)} ms / ${quotesOnly.maxRssMb.toFixed(0)} MB quotes only`,
      goal: 'for reference',
      ok: null,
    },
  ];
}
