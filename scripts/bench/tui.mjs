// TUI figures for `npm run bench`, each beside a baseline measured in the same run:
//  - first frame on a real pty (util-linux `script`) vs a bare `node -e "console.log(…)"` printing the title
//    (parley draws its opening screen before loading Ink; the first key handled and the smallest Ink
//    app's first frame are shown beside it so the figure is read right);
//  - keystroke-to-frame latency while typing searches over the seed (Ink + the App in-process, fake terminal);
//  - bytes written to the terminal per `j` with incremental rendering vs a full redraw.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedJson = path.join(root, 'data/000_b7a3f8f331ca27dc.json');
const TITLE = 'Meeting with Russian President';
const RUNS = 10;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;
const stripAnsi = (s) => s.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[@-_]/g, '');

/**
 * Time from spawn until `text` appears on the pty. With `key`, that key is typed as soon as `text` shows,
 * and the time is until `answer` appears instead. Then `quit` is typed and the exit awaited.
 */
function timeToText(command, text, quit, key, answer) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${command}`, '/dev/null'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = '';
    let shown = false;
    let at = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${answer ?? text}" within 10 s: ${stripAnsi(seen).slice(-300)}`));
    }, 10000);
    child.stdout.on('data', (d) => {
      seen += d.toString('utf8');
      const plain = stripAnsi(seen);
      if (!shown && plain.includes(text)) {
        shown = true;
        if (key) child.stdin.write(key);
      }
      if (shown && at === null && (!key || plain.includes(answer))) {
        at = performance.now() - t0;
        if (quit) child.stdin.write(quit);
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (at === null) reject(new Error(`exited before "${answer ?? text}": ${stripAnsi(seen).slice(-300)}`));
      else resolve(at);
    });
  });
}

async function bundle(entry, outdir) {
  mkdirSync(outdir, { recursive: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: { [path.basename(entry).replace(/\.tsx?$/, '')]: path.join(root, entry) },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true, // keeps Ink's optional devtools import lazy, as in dist/
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    external: ['react-devtools-core'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    logLevel: 'warning',
  });
  return path.join(outdir, path.basename(entry).replace(/\.tsx?$/, '.mjs'));
}

async function firstFrame() {
  const goal = '≤ 2.5× bare node';
  if (spawnSync('script', ['--version']).status !== 0) return [{ metric: 'TUI first frame (pty)', parley: 'skipped: no util-linux script', baseline: '', goal, ok: null }];
  const bin = path.join(root, 'bin/parley.js');
  const floor = await bundle('scripts/bench/tui-ink-floor.tsx', path.join(root, '.bench', 'tui-floor'));
  const parley = [];
  const bare = [];
  const ink = [];
  const interactive = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await timeToText(`node -e "console.log('${TITLE} Vladimir Putin')"`, TITLE, null));
    parley.push(await timeToText(`node ${bin}`, TITLE, 'q'));
    ink.push(await timeToText(`node ${floor}`, TITLE, 'q'));
    // `?` typed as soon as the first frame shows: help appears once Ink has taken over and handled it.
    interactive.push(await timeToText(`node ${bin}`, TITLE, '\u0003', '?', 'Show this help'));
  }
  const ratio = median(parley) / median(bare);
  const floorRatio = median(ink) / median(bare);
  return [
    {
      metric: `TUI first frame on a pty, 100×30 (median of ${RUNS})`,
      parley: `${ms(median(parley))} (${ratio.toFixed(2)}×)`,
      baseline: `${ms(median(bare))} bare node -e console.log`,
      goal,
      ok: ratio <= 2.5,
    },
    {
      metric: '  first key handled (`?` typed on the first frame → help)',
      parley: `${ms(median(interactive))} (${(median(interactive) / median(bare)).toFixed(2)}×)`,
      baseline: 'Ink and React loaded, same run',
      goal: '',
      ok: null,
    },
    {
      metric: '  the same, smallest Ink app (title + 28 lines)',
      parley: `${ms(median(ink))} (${floorRatio.toFixed(2)}×)`,
      baseline: 'floor for any Ink app, same run',
      goal: '',
      ok: null,
    },
  ];
}

async function inProcess() {
  const harnessFile = await bundle('scripts/bench/tui-harness.tsx', path.join(root, '.bench', 'tui'));
  // Colour on, as in a terminal (chalk decides when it loads), so the bytes counted include the styling.
  const hadForceColor = process.env.FORCE_COLOR;
  process.env.FORCE_COLOR = '1';
  const harness = await import(pathToFileURL(harnessFile).href);
  if (hadForceColor === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = hadForceColor;
  const seed = harness.loadTranscript(seedJson);
  const rows = [];

  // Typing searches, as a person would (30 ms between keys), with corrections, in two window sizes.
  const queries = ['tnago', 'sanctoins', '@putin gas', 'economy next year', 'negotiatons istanbul'];
  for (const [columns, rowsCount] of [
    [80, 24],
    [100, 30],
  ]) {
    const session = await harness.open([seed], { columns, rows: rowsCount, incremental: true, gapMs: 30 });
    const latencies = [];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        latencies.push((await session.press('/')).latencyMs);
        for (const ch of q) latencies.push((await session.press(ch)).latencyMs);
        for (let i = 0; i < 3; i++) latencies.push((await session.press('\u007f')).latencyMs);
        latencies.push((await session.press('\u000e')).latencyMs); // Ctrl-N (no frame when there is one result)
        latencies.push((await session.press('\u001b')).latencyMs);
      }
    }
    session.close();
    const valid = latencies.filter((x) => Number.isFinite(x));
    const p95 = percentile(valid, 95);
    rows.push({
      metric: `keystroke → frame while searching the seed, ${columns}×${rowsCount} (${valid.length} keys)`,
      parley: `p95 ${ms(p95)}, p50 ${ms(median(valid))}`,
      baseline: '',
      goal: 'p95 < 16 ms',
      ok: p95 < 16,
    });
  }

  const perJ = async (incremental) => {
    const s = await harness.open([seed], { columns: 100, rows: 30, incremental, gapMs: 25 });
    const bytes = [];
    for (let i = 0; i < 20; i++) bytes.push((await s.press('j')).bytes);
    s.close();
    return median(bytes);
  };
  const incremental = await perJ(true);
  const full = await perJ(false);
  rows.push({
    metric: 'bytes to the terminal per `j` (100×30, median of 20)',
    parley: `${incremental} B`,
    baseline: `${full} B full redraw (incrementalRendering off)`,
    goal: 'smaller than a full redraw',
    ok: incremental < full,
  });
  return rows;
}

export default async function tuiBench() {
  const rows = [];
  try {
    rows.push(...(await firstFrame()));
  } catch (error) {
    rows.push({ metric: 'TUI first frame on a pty', parley: 'error', baseline: '', goal: '≤ 2.5× bare node', ok: false, note: String(error?.message ?? error) });
  }
  rows.push(...(await inProcess()));
  return rows;
}
