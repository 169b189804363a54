// The library view's first frame for `npm run bench`: `parley DIR` on a real pty (util-linux `script`) with
// the generated library of 2,000 files × 50 turns, beside a bare `node -e "console.log(…)"` printing the
// same footer text, in the same run. Cold (empty cache) and warm; also the first key handled (`?` typed
// on the first frame → help), keystroke latency while typing a search during a cold load, and the time
// until every file is read and speakers merged into people (the header then counts people; the index is
// built next).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { benchLibrary, median, ms, percentile } from './lib/library.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FILES = 2000;
const TURNS = 50;
const RUNS = 7;
const FOOTER = 'newest first';

const stripAnsi = (s) => s.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[@-_]/g, '');

const library = () => benchLibrary(FILES, TURNS);

/**
 * Times from spawn until each of `marks` (predicates on the screen text so far) first holds; `key` is typed
 * when the first mark holds. Types `quit` once the last mark holds (Ctrl-C over the help overlay, where q closes it).
 */
function timeMarks(command, env, marks, key, quit = 'q') {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${command}`, '/dev/null'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let seen = '';
    const at = marks.map(() => null);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${stripAnsi(seen).slice(-300)}`));
    }, 30000);
    child.stdout.on('data', (d) => {
      seen += d.toString('utf8');
      const plain = stripAnsi(seen);
      marks.forEach((mark, i) => {
        if (at[i] === null && (i === 0 || at[i - 1] !== null) && mark(plain)) {
          at[i] = performance.now() - t0;
          if (i === 0 && key) child.stdin.write(key);
          if (i === marks.length - 1 && command.includes('parley')) child.stdin.write(quit);
        }
      });
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (at.some((x) => x === null)) reject(new Error(`exited early: ${stripAnsi(seen).slice(-300)}`));
      else resolve(at);
    });
  });
}

/**
 * Keystroke → frame while the library loads (cold cache, so loading lasts seconds): `/` on the first frame,
 * then a query typed a character every 30 ms; each time is from the key until the search box shows the
 * query so far (the results for it are drawn in the same frame). Returns the latencies and how many keys
 * came before every file was read and people merged.
 */
function keysWhileLoading(command, env) {
  const query = 'the budget has to be ready before winter';
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${command}`, '/dev/null'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let seen = '';
    let k = -1;
    let sentAt = 0;
    let duringLoad = 0;
    let loaded = false;
    let measured = -1;
    const latencies = [];
    const send = () => {
      if (k >= query.length) return;
      k += 1;
      seen = '';
      sentAt = performance.now();
      child.stdin.write(k === 0 ? '/' : query[k - 1]);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`keys while loading: timed out at key ${k}: ${JSON.stringify(stripAnsi(seen).slice(-300))}`));
    }, 60000);
    child.stdout.on('data', (d) => {
      seen += d.toString('utf8');
      const plain = stripAnsi(seen);
      if (/ \d+ people/.test(plain)) loaded = true;
      if (k === Infinity) return;
      if (k < 0) {
        if (plain.includes(FOOTER)) send();
        return;
      }
      const shown = k === 0 ? plain.includes(' SEARCH ') : plain.includes(`/ ${query.slice(0, k)}`);
      // Once per key: later chunks of the same frame must not count it again or send the next key twice.
      if (!shown || measured === k) return;
      measured = k;
      // `/` waits for Ink to load and indexes what has loaded: the first-key figure, not a keystroke latency.
      if (k > 0) {
        latencies.push(performance.now() - sentAt);
        if (!loaded) duringLoad += 1;
      }
      if (k < query.length) setTimeout(send, 30);
      else {
        k = Infinity;
        child.stdin.write('\u0003');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ latencies, duringLoad });
    });
  });
}

export default async function tuiLibrary() {
  const goal = '≤ 2.5× bare node';
  const metric = `TUI first frame, library of ${FILES.toLocaleString('en-US')} files (pty 100×30, median of ${RUNS})`;
  if (spawnSync('script', ['--version']).status !== 0) return [{ metric, parley: 'skipped: no util-linux script', baseline: '', goal, ok: null }];
  const dir = library();
  const bin = path.join(root, 'bin/parley.js');
  const parleyCommand = `node ${bin} ${dir}`;
  const bare = [];
  const cold = [];
  const coldAll = [];
  const warm = [];
  const warmAll = [];
  const key = [];
  const typing = [];
  let typedDuringLoad = 0;
  const firstFrame = (s) => s.includes(FOOTER);
  // The header counts people once every file is read and speakers are merged (the index is built next).
  const allLoaded = (s) => / \d+ people/.test(s);
  for (let i = 0; i < RUNS; i++) {
    const cache = mkdtempSync(path.join(tmpdir(), 'parley-bench-tui-cache-'));
    try {
      bare.push((await timeMarks(`node -e "console.log('LIBRARY ${FOOTER} · 1/2')"`, {}, [firstFrame]))[0]);
      const [c, cAll] = await timeMarks(parleyCommand, { XDG_CACHE_HOME: cache }, [firstFrame, allLoaded]);
      cold.push(c);
      coldAll.push(cAll);
      const [w, wAll] = await timeMarks(parleyCommand, { XDG_CACHE_HOME: cache }, [firstFrame, allLoaded]);
      warm.push(w);
      warmAll.push(wAll);
      if (i < 3) {
        const coldAgain = mkdtempSync(path.join(tmpdir(), 'parley-bench-tui-cache-'));
        try {
          const r = await keysWhileLoading(parleyCommand, { XDG_CACHE_HOME: coldAgain });
          typing.push(...r.latencies);
          typedDuringLoad += r.duringLoad;
        } finally {
          rmSync(coldAgain, { recursive: true, force: true });
        }
      }
      key.push((await timeMarks(parleyCommand, { XDG_CACHE_HOME: cache }, [firstFrame, (s) => s.includes('Sort by date')], '?', '\u0003'))[1]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  const b = median(bare);
  return [
    { metric: `${metric}, cache warm`, parley: `${ms(median(warm))} (${(median(warm) / b).toFixed(2)}×)`, baseline: `${ms(b)} bare node -e console.log`, goal, ok: median(warm) / b <= 2.5 },
    { metric: '  the same, cache cold (nothing parsed yet)', parley: `${ms(median(cold))} (${(median(cold) / b).toFixed(2)}×)`, baseline: 'same run', goal, ok: median(cold) / b <= 2.5 },
    { metric: '  first key handled (`?` on the first frame → help), warm', parley: ms(median(key)), baseline: 'Ink and React loaded', goal: '', ok: null },
    {
      metric: '  keystroke → frame, typing a search while a cold library loads',
      parley: typing.length ? `median ${ms(median(typing))}, p95 ${ms(percentile(typing, 95))}, max ${ms(Math.max(...typing))}` : 'none measured',
      baseline: `${typedDuringLoad} of ${typing.length} keys before every file was read; each searches what has loaded`,
      goal: '',
      ok: null,
    },
    { metric: '  every file read and people merged: warm / cold', parley: `${ms(median(warmAll))} / ${ms(median(coldAll))}`, baseline: 'the list is usable all along', goal: '', ok: null },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await tuiLibrary()) console.log(`${row.metric}: ${row.parley} | ${row.baseline} | ${row.goal}`);
}
