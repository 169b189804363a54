/**
 * Nothing parley reads is read forever: /dev/zero, FIFOs and symbolic links to them, as the input, a
 * sidecar, a cache entry or a search pack. Every run has a timeout, so a regression fails instead of hanging
 * the test run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, expectOneLineError, ROOT, tempDir, type Run } from './helpers.js';
import { scratchDir } from '../scratch.js';

const INTERVIEW = readFileSync(path.join(ROOT, 'tests/fixtures/interview.txt'), 'utf8');
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

function env(cacheDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, PARLEY_CACHE_DIR: cacheDir, ...extra };
  delete out.PARLEY_PARSER_VERSION;
  return out;
}

/** The built CLI with a hard timeout: a run that hangs is killed and shows as `signal`. */
function guarded(args: string[], options: { cacheDir?: string; env?: Record<string, string>; input?: string } = {}): Run & { signal: NodeJS.Signals | null } {
  const cacheDir = options.cacheDir ?? scratchDir('parley-special-cache-');
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', env: env(cacheDir, options.env), encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe('special files are never read forever', () => {
  it('refuses /dev/zero as the input after reading at most the limit + 1 byte', () => {
    const r = guarded(['parse', '/dev/zero']);
    expect(r.signal).toBeNull();
    expect(expectOneLineError(r)).toBe('parley: /dev/zero: is longer than the 32 MB limit (reading stopped there)');
  });

  it('refuses a sidecar that is a symbolic link to /dev/zero', () => {
    const dir = tempDir({ 'talk.txt': INTERVIEW });
    symlinkSync('/dev/zero', path.join(dir, 'talk.meta.json'));
    const r = guarded(['parse', path.join(dir, 'talk.txt')]);
    expect(r.signal).toBeNull();
    expect(expectOneLineError(r)).toMatch(/talk\.meta\.json: is not a regular file \(a device\); refused$/);
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO sidecar without waiting for a writer', () => {
    const dir = tempDir({ 'talk.txt': INTERVIEW });
    mkfifo(path.join(dir, 'talk.meta.json'));
    const r = guarded(['sections', path.join(dir, 'talk.txt')]);
    expect(r.signal).toBeNull();
    expect(expectOneLineError(r)).toMatch(/talk\.meta\.json: is not a regular file \(a FIFO\); refused$/);
  });

  /** Runs the CLI on a FIFO while a shell writes into it (`writer` gets the FIFO as $1). */
  async function withWriter(args: string[], fifo: string, writer: string): Promise<Run> {
    const child = spawn('sh', ['-c', writer, 'sh', fifo], { stdio: 'ignore' });
    const run = await new Promise<Run>((resolve) => {
      const parleyRun = spawn(process.execPath, [BIN, ...args], { env: env(scratchDir('parley-special-cache-')), stdio: ['ignore', 'pipe', 'pipe'] });
      const timer = setTimeout(() => parleyRun.kill('SIGKILL'), 30_000);
      let stdout = '';
      let stderr = '';
      parleyRun.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
      parleyRun.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
      parleyRun.on('close', (status) => (clearTimeout(timer), resolve({ status, stdout, stderr })));
    });
    child.kill();
    return run;
  }

  it.skipIf(!hasMkfifo)('reads a FIFO named as the input as a stream', async () => {
    const fifo = path.join(tempDir(), 'talk.txt');
    mkfifo(fifo);
    const run = await withWriter(['sections', fifo], fifo, `cat '${path.join(ROOT, 'tests/fixtures/interview.txt')}' > "$1"`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Interview with Minister of Finance Laura Greene');
  });

  it.skipIf(!hasMkfifo)('stops reading an endless FIFO input at the limit', async () => {
    const fifo = path.join(tempDir(), 'endless.txt');
    mkfifo(fifo);
    const run = await withWriter(['parse', fifo], fifo, 'yes "Chair Maria Olsen: Good morning." > "$1"');
    expect(expectOneLineError(run)).toMatch(/endless\.txt: is longer than the 32 MB limit \(reading stopped there\)$/);
  });

  it.skipIf(!hasMkfifo)('skips a FIFO found in a folder', () => {
    const dir = tempDir({ 'lib/a.txt': INTERVIEW });
    mkfifo(path.join(dir, 'lib/b.txt'));
    const r = guarded(['sections', path.join(dir, 'lib')]);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Interview with Minister of Finance Laura Greene');
  });

  /** Replaces every file under `dir` with what `make` puts at its path. */
  function replaceAll(dir: string, make: (file: string) => void): number {
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    for (const file of files) {
      rmSync(file);
      make(file);
    }
    return files.length;
  }

  for (const [what, make] of [
    ['a symbolic link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file)],
    ['a FIFO', mkfifo],
  ] as const) {
    it.skipIf(!hasMkfifo)(`takes a cache entry that is ${what} as a miss, and rewrites it`, () => {
      const dir = tempDir({ 'talk.txt': INTERVIEW });
      const cacheDir = scratchDir('parley-special-cache-');
      const first = guarded(['sections', path.join(dir, 'talk.txt')], { cacheDir });
      expect(first.status).toBe(0);
      expect(replaceAll(path.join(cacheDir, 'transcripts'), make)).toBe(1);
      const r = guarded(['sections', path.join(dir, 'talk.txt')], { cacheDir, env: { PARLEY_CACHE_STATS: '1' } });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(first.stdout);
      expect(r.stderr).toContain('0 hits, 1 misses, 1 written');
      const again = guarded(['sections', path.join(dir, 'talk.txt')], { cacheDir, env: { PARLEY_CACHE_STATS: '1' } });
      expect(again.stderr).toContain('1 hits, 0 misses, 0 written');
    });

    it.skipIf(!hasMkfifo)(`takes a search pack that is ${what} as a miss, and rewrites it`, () => {
      const dir = tempDir({ 'lib/a.txt': INTERVIEW, 'lib/b.txt': INTERVIEW.replace('Laura Greene', 'Laura Grey') });
      const cacheDir = scratchDir('parley-special-cache-');
      const first = guarded(['search', 'budget', path.join(dir, 'lib')], { cacheDir, env: { PARLEY_CACHE_STATS: '1' } });
      expect(first.stderr).toContain('search pack: written');
      expect(replaceAll(path.join(cacheDir, 'search'), make)).toBe(1);
      const r = guarded(['search', 'budget', path.join(dir, 'lib')], { cacheDir, env: { PARLEY_CACHE_STATS: '1' } });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(first.status);
      expect(r.stdout).toBe(first.stdout);
      expect(r.stderr).toContain('search pack: written');
    });
  }
});

describe('deep folders', () => {
  /** `lib` with `depth` folders nested in it (deeper than PATH_MAX allows in one path: made by a child that cds). */
  function nested(depth: number, name: string): string {
    const dir = scratchDir('parley-deep-');
    const make = `const fs = require('fs'); fs.mkdirSync(process.argv[1]); process.chdir(process.argv[1]); for (let i = 0; i < ${depth}; i++) { fs.mkdirSync(${JSON.stringify(name)}); process.chdir(${JSON.stringify(name)}); } fs.writeFileSync('talk.txt', fs.readFileSync(process.argv[2]));`;
    const r = spawnSync(process.execPath, ['-e', make, path.join(dir, 'lib'), path.join(ROOT, 'tests/fixtures/interview.txt')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return dir;
  }

  it('refuses 3,000 nested folders quickly, in one short line (32 levels at most)', () => {
    const dir = nested(3000, 'folder');
    try {
      const line = expectOneLineError(guarded(['sections', path.join(dir, 'lib')]));
      expect(line).toMatch(/: has folders nested more than 32 levels deep \(folder\/folder.*….*folder\); refused$/);
      expect(line.length).toBeLessThan(300);
    } finally {
      spawnSync('rm', ['-rf', dir]);
    }
  });

  it('reads a library 32 levels deep', () => {
    const dir = nested(32, 'f');
    const r = guarded(['sections', path.join(dir, 'lib')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Interview with Minister of Finance Laura Greene');
  });

  it('cuts a long path in the middle of an error line', () => {
    const dir = scratchDir('parley-long-');
    const missing = path.join(dir, ...Array.from({ length: 200 }, () => 'a-folder-that-is-not-there'), 'talk.txt');
    const line = expectOneLineError(guarded(['parse', missing]));
    expect(line.length).toBeLessThan(300);
    expect(line).toContain('…');
    expect(line).toMatch(/talk\.txt: (no such file or directory|its name is too long)$/);
  });

  it('cuts a long unknown flag in the middle of its usage error', () => {
    const line = expectOneLineError(guarded(['search', 'tango', `--${'x'.repeat(5000)}`]));
    expect(line.length).toBeLessThan(300);
    expect(line).toMatch(/^parley: unknown flag --x+…x+ \(see parley search --help\)$/);
  });
});
