// A library of 2,000 generated transcripts × 50 turns (~100k quotes, 25 MB; scripts/gen-library.mjs) in
// one run: cold load + index, warm one-shot `parley search` against `fzf --filter` over the same turns
// as lines, keystroke-to-results at 100k quotes in-process (scripts/bench/library-harness.ts), peak RSS.
// The library is generated once into the temporary folder and reused; each run uses its own cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLibrary, median, ms, percentile } from './lib/library.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/parley.js');
const FILES = 2000;
const TURNS = 50;
const QUERY = 'gas storage deadlines';
const RUNS = 5;

const mb = (v) => `${v.toFixed(0)} MB`;

const library = () => benchLibrary(FILES, TURNS);

/** The turns of every file as lines, as fzf gets them. */
function turnLines(dir) {
  const lines = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.txt')) for (const line of readFileSync(full, 'utf8').split('\n')) if (line.trim()) lines.push(line);
    }
  };
  walk(dir);
  return lines.join('\n') + '\n';
}

const hasTimeV = existsSync('/usr/bin/time');

/** Wall time (ms) and peak RSS (MB, with /usr/bin/time) of one command. */
function run(command, args, { input, env } = {}) {
  const full = hasTimeV ? ['/usr/bin/time', ['-f', '%M', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { input: input ?? '', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 28, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rss = hasTimeV ? Number(r.stderr.trim().split('\n').pop()) / 1024 : null;
  return { wall, rss, stdout: r.stdout, stderr: r.stderr };
}

async function bundleHarness() {
  const { build } = await import('esbuild');
  const outdir = path.join(ROOT, '.bench', 'library');
  mkdirSync(outdir, { recursive: true });
  await build({ entryPoints: [path.join(ROOT, 'scripts/bench/library-harness.ts')], outdir, outExtension: { '.js': '.mjs' }, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  return path.join(outdir, 'library-harness.mjs');
}

export default async function libraryBench() {
  const dir = library();
  const cache = mkdtempSync(path.join(tmpdir(), 'parley-bench-cache-'));
  const env = { PARLEY_CACHE_DIR: cache };
  const rows = [];
  try {
    const cold = run(process.execPath, [BIN, 'search', QUERY, dir], { env });
    rows.push({ metric: `cold: parse ${FILES} files, index, search, fill the cache (${FILES}×${TURNS} turns)`, parley: ms(cold.wall), baseline: '', goal: 'for reference', ok: null });

    const fzf = spawnSync('fzf', ['--version']).status === 0;
    const lines = turnLines(dir);
    const parleyTimes = [];
    const fzfTimes = [];
    let warmRss = 0;
    for (let i = 0; i < RUNS; i++) {
      const p = run(process.execPath, [BIN, 'search', QUERY, dir], { env });
      parleyTimes.push(p.wall);
      warmRss = Math.max(warmRss, p.rss ?? 0);
      if (fzf) fzfTimes.push(run('fzf', ['--filter', QUERY], { input: lines }).wall);
    }
    const parleyWarm = median(parleyTimes);
    const fzfWarm = fzf ? median(fzfTimes) : null;
    rows.push({
      metric: `warm one-shot \`parley search '${QUERY}' DIR\` (median of ${RUNS})`,
      parley: ms(parleyWarm),
      baseline: fzf ? `fzf --filter, ${lines.split('\n').length - 1} lines: ${ms(fzfWarm)}` : 'fzf not installed (apt-get install fzf)',
      goal: '≤ fzf --filter',
      ok: fzf ? parleyWarm <= fzfWarm : null,
    });

    const harness = await bundleHarness();
    const inProcess = (mode) => {
      const r = spawnSync(process.execPath, [harness, dir, mode], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`library harness (${mode}) exited ${r.status}: ${r.stderr.slice(-500)}`);
      return JSON.parse(r.stdout);
    };
    const h = inProcess('tokenise');
    const packed = inProcess('pack');
    const times = h.keystrokes.map((k) => k.ms);
    const p95 = percentile(times, 95);
    const worst = h.keystrokes.reduce((a, b) => (b.ms > a.ms ? b : a));
    rows.push({ metric: `warm load of ${h.transcripts} transcripts through the cache (in-process)`, parley: ms(h.loadMs), baseline: '', goal: 'for reference', ok: null });
    rows.push({ metric: `index build at ${h.quotes} quotes: tokenising / from the search pack`, parley: `${ms(h.indexMs)} / ${ms(packed.indexMs)}`, baseline: packed.pack === 'hit' ? '' : `pack: ${packed.pack}`, goal: 'for reference', ok: null });
    rows.push({
      metric: `keystroke-to-results p95 at ${h.quotes} quotes (${times.length} keys of 7 typed queries, limit 50)`,
      parley: `${p95.toFixed(1)} ms`,
      baseline: `median ${median(times).toFixed(1)} ms, worst ${worst.ms.toFixed(1)} ms ("${worst.query}")`,
      goal: '≤ 50 ms',
      ok: p95 <= 50,
    });
    const peak = Math.max(cold.rss ?? 0, warmRss, h.maxRssMb, packed.maxRssMb);
    rows.push({
      metric: 'peak RSS: cold one-shot / warm one-shot / in-process index + typed queries (tokenised / from pack)',
      parley: `${cold.rss === null ? '?' : mb(cold.rss)} / ${mb(warmRss)} / ${mb(h.maxRssMb)} / ${mb(packed.maxRssMb)}`,
      baseline: '',
      goal: '≤ 400 MB',
      ok: hasTimeV ? peak <= 400 : Math.max(h.maxRssMb, packed.maxRssMb) <= 400,
      note: hasTimeV ? undefined : 'one-shot RSS needs /usr/bin/time (apt-get install time)',
    });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await libraryBench());
}
