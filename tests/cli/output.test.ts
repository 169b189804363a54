// Output never loses data: stdout on a full disk or a closed pipe, `parse -o OUT` on a full disk, onto special
// files, over protected files, and the temporary files a killed run leaves behind. Devices are made with
// mknod in test folders, never the machine's own /dev/null (a regression would replace it with a file).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryPath } from '../../src/load/write.js';
import { BIN, DATA_TXT, expectOneLineError, parley, tempDir, TEST_CACHE_DIR } from './helpers.js';

const isRoot = process.getuid?.() === 0;
const FULL = 'cannot be written (no space left on device)';

/** A transcript of `turns` short speaker turns: a small file whose quotes make a large output. */
function turns(count: number): string {
  const lines = ['Interview with Minister Laura Greene', ''];
  for (let i = 0; i < count; i++) lines.push(`${i % 2 ? 'Ann Berg' : 'Bob Lind'}: Yes, number ${i}.`, '');
  return lines.join('\n');
}

/** Runs parley with stdout opened on `file` (a device, say) and stderr captured. */
function parleyTo(file: string, args: string[]): { status: number | null; stderr: string } {
  const fd = openSync(file, 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, PARLEY_CACHE_DIR: TEST_CACHE_DIR } });
    return { status: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('stdout on a full disk (/dev/full)', () => {
  const dir = tempDir({ 'talk.txt': turns(3000) });
  const talk = path.join(dir, 'talk.txt');
  it.each([
    [['quotes']],
    [['quotes', '--json']],
    [['quotes', '--markdown']],
    [['quotes', talk, '--json']],
    [['search', 'putin']],
    [['speakers', '--json']],
    [['sections']],
    [['parse', DATA_TXT]],
    [['parse', DATA_TXT, '--json']],
    [[DATA_TXT]],
    [['--help']],
    [['--version']],
  ])('parley %j > /dev/full exits 2 with one line', (args) => {
    const r = parleyTo('/dev/full', args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`parley: stdout: ${FULL}\n`);
  });
});

describe('stdout redirected to a file on a full disk (a 64 KB tmpfs, where mounting is allowed)', () => {
  it('is not cut short with exit 0: exit 2 and one line', (ctx) => {
    const disk = tempDir();
    if (!isRoot || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status !== 0) return ctx.skip();
    try {
      const input = path.join(tempDir({ 'talk.txt': turns(3000) }), 'talk.txt');
      for (const args of [['quotes', input, '--json'], ['quotes', input], ['parse', input, '--json']]) {
        const r = parleyTo(path.join(disk, 'out.txt'), args);
        expect(r).toEqual({ status: 2, stderr: `parley: stdout: ${FULL}\n` });
      }
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});

describe('stdout to a reader that stops early (| head)', () => {
  const dir = tempDir({ 'talk.txt': turns(3000) });
  const talk = path.join(dir, 'talk.txt');
  it.each([[['quotes', talk, '--json']], [['quotes', talk]], [['quotes', talk, '--markdown']]])('parley %j | head ends quietly with status 0', (args) => {
    const err = path.join(dir, 'stderr.txt');
    const command = `"${process.execPath}" "${BIN}" ${args.map((a) => `"${a}"`).join(' ')} 2>"${err}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, PARLEY_CACHE_DIR: TEST_CACHE_DIR } });
    expect(r.stdout.trim()).toBe('0');
    expect(readFileSync(err, 'utf8')).toBe('');
  });
});

describe('large outputs are streamed', () => {
  it('quotes --json of thousands of quotes is exactly the JSON, as JSON.stringify would lay it out', () => {
    const dir = tempDir({ 'talk.txt': turns(3000) });
    const r = parley(['quotes', path.join(dir, 'talk.txt'), '--json']);
    expect(r.status).toBe(0);
    const value = JSON.parse(r.stdout);
    expect(value).toHaveLength(3000);
    expect(r.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('the text and markdown output of thousands of quotes is whole', () => {
    const dir = tempDir({ 'talk.txt': turns(3000) });
    const text = parley(['quotes', path.join(dir, 'talk.txt')]).stdout;
    expect(text.match(/^ {2}Yes, number \d+\.$/gm)).toHaveLength(3000);
    expect(text.endsWith('Yes, number 2999.\n')).toBe(true);
    const markdown = parley(['quotes', path.join(dir, 'talk.txt'), '--markdown']).stdout;
    // Turns are the speaker’s own words: in quotation marks, as `y` copies them.
    expect(markdown.match(/^> “Yes, number \d+\.”$/gm)).toHaveLength(3000);
  });
});

/** A character device node in the test folder (c 1 3 is null, c 1 7 is full), or null without mknod. */
function device(dir: string, name: string, minor: number): string | null {
  const file = path.join(dir, name);
  return spawnSync('mknod', ['-m', '666', file, 'c', '1', String(minor)]).status === 0 ? file : null;
}

describe('parse -o OUT never loses data', () => {
  const devices = tempDir();
  const fullDevice = device(devices, 'full', 7);
  const nullDevice = device(devices, 'null', 3);

  it.skipIf(!fullDevice)('-o onto a full device exits 2 with one line, and the device stays a device', () => {
    const line = expectOneLineError(parley(['parse', DATA_TXT, '--json', '-o', fullDevice!]));
    expect(line).toBe(`parley: ${fullDevice}: ${FULL}`);
    expect(lstatSync(fullDevice!).isCharacterDevice()).toBe(true);
  });

  it.skipIf(!nullDevice)('-o onto a null device writes through and leaves it a device', () => {
    const r = parley(['parse', DATA_TXT, '--json', '-o', nullDevice!]);
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(lstatSync(nullDevice!).isCharacterDevice()).toBe(true);
  });

  it('on a real full disk (a 64 KB tmpfs, where mounting is allowed) the old OUT is kept and no temporary file is left', (ctx) => {
    const disk = tempDir();
    if (!isRoot || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status !== 0) return ctx.skip();
    try {
      const input = path.join(tempDir({ 'talk.txt': turns(3000) }), 'talk.txt');
      const out = path.join(disk, 'out.json');
      writeFileSync(out, '{"the old": "output"}\n');
      const line = expectOneLineError(parley(['parse', input, '--json', '-o', out]));
      expect(line).toBe(`parley: ${out}: ${FULL}`);
      expect(readFileSync(out, 'utf8')).toBe('{"the old": "output"}\n');
      expect(readdirSync(disk)).toEqual(['out.json']);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('-o over a 0600 file keeps it 0600', () => {
    const dir = tempDir({ 'out.json': 'old' });
    const out = path.join(dir, 'out.json');
    chmodSync(out, 0o600);
    expect(parley(['parse', DATA_TXT, '--json', '-o', out]).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBeTruthy();
  });

  it('-o over a read-only (0444) file is refused unless --force, which keeps it 0444', () => {
    const dir = tempDir({ 'out.json': 'old' });
    const out = path.join(dir, 'out.json');
    chmodSync(out, 0o444);
    expect(expectOneLineError(parley(['parse', DATA_TXT, '--json', '-o', out]))).toBe(`parley: ${out}: is read-only; use --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(parley(['parse', DATA_TXT, '--json', '-o', out, '--force'])).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBeTruthy();
    expect(statSync(out).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('parse --help names --force', () => {
    expect(parley(['parse', '--help']).stdout).toMatch(/--force\s+replace OUT even when it is read-only/);
  });

  it('-o onto a symlink replaces the file it points at and keeps the link', () => {
    const dir = tempDir({ 'real.json': 'old' });
    symlinkSync('real.json', path.join(dir, 'out.json'));
    expect(parley(['parse', DATA_TXT, '--json', '-o', path.join(dir, 'out.json')]).status).toBe(0);
    expect(readlinkSync(path.join(dir, 'out.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'real.json'), 'utf8')).title).toBeTruthy();
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'real.json']);
  });

  it('-o onto a FIFO writes through to its reader and leaves the FIFO', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.setEncoding('utf8').on('data', (c) => (got += c));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const child = spawn(process.execPath, [BIN, 'parse', DATA_TXT, '--json', '-o', fifo], { stdio: 'ignore' });
    const status = await new Promise((resolve) => child.on('close', resolve));
    await readerDone;
    expect(status).toBe(0);
    expect(JSON.parse(got).title).toBeTruthy();
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('-o /dev/stdout writes to stdout (whatever it is), and fails as stdout does', () => {
    const r = parley(['parse', DATA_TXT, '--json', '-o', '/dev/stdout']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBeTruthy();
    const full = parleyTo('/dev/full', ['parse', DATA_TXT, '-o', '/dev/stdout']);
    expect(full).toEqual({ status: 2, stderr: `parley: /dev/stdout: ${FULL}\n` });
  });
});

/** The id of a process killed with SIGKILL, as a parley killed mid-write would be. */
function killedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGKILL")']);
  expect(child.signal).toBe('SIGKILL');
  return child.pid!;
}

function leftover(target: string, pid: number): string {
  const name = temporaryPath(target).replace(`-${process.pid}-`, `-${pid}-`);
  writeFileSync(name, '{"half an ou');
  return name;
}

describe('temporary files of a parley killed mid-write (kill -9)', () => {
  it('beside an -o target are removed by the next parse -o into that folder', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.json');
    const stale = leftover(out, killedPid());
    expect(parley(['parse', DATA_TXT, '--json', '-o', out]).status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('in the cache are removed by the next run that writes an entry', () => {
    const dir = tempDir({ 'talk.txt': turns(10) });
    const cacheDir = path.join(dir, 'cache');
    expect(parley(['quotes', path.join(dir, 'talk.txt')], { env: { PARLEY_CACHE_DIR: cacheDir } }).status).toBe(0);
    const entries = path.join(cacheDir, 'transcripts');
    const [entry] = readdirSync(entries);
    const stale = leftover(path.join(entries, entry), killedPid());
    writeFileSync(path.join(dir, 'more.txt'), turns(12));
    expect(parley(['quotes', path.join(dir, 'more.txt')], { env: { PARLEY_CACHE_DIR: cacheDir } }).status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(entries).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a run told to end while writing -o (Ctrl-C, kill, hang-up)', () => {
  it('removes its temporary file, keeps the old OUT and ends by the signal', async () => {
    const dir = tempDir({ 'talk.txt': turns(100_000) });
    const out = path.join(dir, 'out.json');
    writeFileSync(out, 'old');
    // The window is the write of ~30 MB of JSON: catch the temporary file, stop the process, then signal it.
    for (let attempt = 0; attempt < 3; attempt++) {
      const child = spawn(process.execPath, [BIN, 'parse', path.join(dir, 'talk.txt'), '--json', '-o', out], { stdio: 'ignore' });
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
      let seen = false;
      while (child.exitCode === null && child.signalCode === null) {
        if (readdirSync(dir).some((n) => n.endsWith('.tmp'))) {
          child.kill('SIGSTOP');
          seen = readdirSync(dir).some((n) => n.endsWith('.tmp'));
          child.kill('SIGTERM');
          child.kill('SIGCONT');
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const signal = await ended;
      if (!seen) continue; // the write was done before it could be stopped: try again
      expect(signal).toBe('SIGTERM');
      expect(readdirSync(dir).sort()).toEqual(['out.json', 'talk.txt']);
      expect(readFileSync(out, 'utf8')).toBe('old');
      return;
    }
    throw new Error('never caught the temporary file');
  }, 60_000);
});

// About a minute and 3 GB of memory, so only on request: PARLEY_LARGE_TESTS=1 npx vitest run tests/cli/output.test.ts
describe.skipIf(!process.env.PARLEY_LARGE_TESTS)('quotes --json of a 31 MB transcript (a million quotes, 0.7 GB of JSON)', () => {
  it('streams it all instead of failing with "Invalid string length"', () => {
    const dir = tempDir();
    const input = path.join(dir, 'huge.txt');
    writeFileSync(input, turns(1_050_000));
    expect(statSync(input).size).toBeLessThan(32 * 1024 * 1024);
    const out = path.join(dir, 'out.json');
    const fd = openSync(out, 'w');
    const r = spawnSync(process.execPath, [BIN, 'quotes', input, '--json', '--no-cache'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(2 ** 29); // more characters than V8 allows in one string
    expect(spawnSync('tail', ['-c', '2000', out], { encoding: 'utf8' }).stdout).toMatch(/"Yes, number 1049999\."[^]*\}\n\]\n$/);
  }, 600_000);
});
