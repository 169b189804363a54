import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchDir } from '../scratch.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/parley.js');
export const DATA_TXT = path.join(ROOT, 'data/000_b7a3f8f331ca27dc.txt');
export const DATA_JSON = path.join(ROOT, 'data/000_b7a3f8f331ca27dc.json');

if (!existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) before the CLI tests');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The transcript cache of this test run: never the user's own ~/.cache/parley. */
export const TEST_CACHE_DIR = scratchDir('parley-test-cache-');

function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, PARLEY_CACHE_DIR: TEST_CACHE_DIR };
  delete out.NO_COLOR;
  delete out.FORCE_COLOR;
  delete out.PARLEY_CACHE_STATS;
  delete out.PARLEY_PARSER_VERSION;
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete out[k];
  else out[k] = v;
  return out;
}

/** Runs the built bin/parley.js with stdin, stdout and stderr as pipes. */
export function parley(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', env: env(options.env ?? {}), cwd: options.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function parleyAsync(args: string[], options: { env?: Record<string, string | undefined> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: env(options.env ?? {}), cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs parley under a pseudo-terminal (util-linux `script`), so stdout is a TTY. */
export function parleyOnTerminal(args: string[], extraEnv: Record<string, string | undefined> = {}): Run {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { input: '', env: env(extraEnv), cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function hasScript(): boolean {
  return spawnSync('script', ['--version']).status === 0;
}

export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = scratchDir('parley-cli-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export const bundledJson = () => JSON.parse(readFileSync(DATA_JSON, 'utf8'));

/** Any byte a terminal would act on: C0 controls but \n, DEL, C1 controls. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** A one-line error of the form `parley: …`, with nothing on stdout and no stack trace. */
export function expectOneLineError(run: Run): string {
  const lines = run.stderr.split('\n').filter(Boolean);
  if (run.status !== 2) throw new Error(`expected exit 2, got ${run.status}: ${run.stderr}`);
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${run.stderr}`);
  if (!lines[0].startsWith('parley: ')) throw new Error(`expected "parley: …", got ${lines[0]}`);
  if (/\n\s+at /.test(run.stderr)) throw new Error('stack trace on stderr');
  if (run.stdout !== '') throw new Error(`expected nothing on stdout, got ${run.stdout.slice(0, 200)}`);
  return lines[0];
}
