// One-shot `parley search` against bare node and fzf --filter, and search quality against fzf --filter.
// Timing: each command is spawned RUNS times after WARMUP runs (stdin fed from memory for fzf); the
// median wall time is reported. Spawning costs the same for every command, so the ratios are fair.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { qualityQueries } from './lib/quality-queries.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/parley.js');
const WARMUP = 3;
const RUNS = 25;

function hasFzf() {
  return spawnSync('fzf', ['--version'], { encoding: 'utf8' }).status === 0;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(command, args, input) {
  const run = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { input: input ?? '', cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < WARMUP; i++) run();
  return median(Array.from({ length: RUNS }, run));
}

const ms = (v) => `${v.toFixed(1)} ms`;

/** Runs `jobs` (functions returning promises) two at a time: this machine has two cores. */
async function pool(jobs, width = 2) {
  const results = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]();
      }
    }),
  );
  return results;
}

async function spawnAsync(command, args, input) {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
    child.stdin.end(input ?? '');
  });
}

export default async function cliSearch() {
  const transcript = JSON.parse(readFileSync(path.join(ROOT, 'data/000_b7a3f8f331ca27dc.json'), 'utf8'));
  const lines = transcript.quotes.map((q) => q.text.replace(/\s+/g, ' '));
  const linesInput = lines.join('\n') + '\n';
  const fzf = hasFzf();
  const rows = [];

  const node = time(process.execPath, ['-e', '0']);
  const parley = time(process.execPath, [BIN, 'search', 'tango']);
  const parleyJson = time(process.execPath, [BIN, 'search', 'tango', '--json', '--limit', '5']);
  rows.push({ metric: 'one-shot `parley search tango` (bundled transcript)', parley: ms(parley), baseline: `node -e 0: ${ms(node)} (${(parley / node).toFixed(2)}×)`, goal: '≤ 2× node', ok: parley <= 2 * node });
  rows.push({ metric: '… with flags (`--json --limit 5`: meow is loaded)', parley: ms(parleyJson), baseline: `node -e 0: ${ms(node)} (${(parleyJson / node).toFixed(2)}×)`, goal: '≤ 2× node', ok: parleyJson <= 2 * node });
  if (fzf) {
    const fzfTime = time('fzf', ['--filter', 'tango'], linesInput);
    rows.push({ metric: 'one-shot search vs fzf --filter (same quotes as lines)', parley: ms(parley), baseline: `fzf: ${ms(fzfTime)}`, goal: 'for reference', ok: null });
  }

  // Quality: 3–6 words of a quote with one typo; is the intended quote the first result?
  const { queries, ambiguous } = qualityQueries(transcript.quotes, { seed: 20230915, perQuote: 3 });
  const parleyTop = await pool(queries.map((q) => async () => {
    const r = await spawnAsync(process.execPath, [BIN, 'search', q.query, '--json', '--limit', '1']);
    return r.status === 0 ? JSON.parse(r.stdout)[0]?.quote.id : null;
  }));
  const parleyRate = parleyTop.filter((id, i) => id === queries[i].quoteId).length / queries.length;
  let fzfRate = null;
  if (fzf) {
    const fzfTop = await pool(queries.map((q) => async () => {
      const r = await spawnAsync('fzf', ['--filter', q.query], linesInput);
      const first = r.stdout.split('\n')[0];
      const at = lines.indexOf(first);
      return r.status === 0 && at >= 0 ? transcript.quotes[at].id : null;
    }));
    fzfRate = fzfTop.filter((id, i) => id === queries[i].quoteId).length / queries.length;
  }
  const pct = (v) => `${(v * 100).toFixed(1)}%`;
  rows.push({
    metric: `search quality: intended quote first (${queries.length} queries of 3–6 words, one typo; ${ambiguous} ambiguous left out)`,
    parley: pct(parleyRate),
    baseline: fzf ? `fzf --filter: ${pct(fzfRate)}` : 'fzf not installed (apt-get install fzf)',
    goal: '≥ 95%',
    ok: parleyRate >= 0.95,
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await cliSearch());
}
