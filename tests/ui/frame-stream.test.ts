import { EventEmitter } from 'node:events';
import { expect, test } from 'vitest';
import { createFrameStream } from '../../src/ui/frame-stream.js';

class Terminal extends EventEmitter {
  isTTY = true;
  columns = 80;
  rows = 24;
  out: string[] = [];
  write(chunk: string) {
    this.out.push(chunk);
    return true;
  }
}

test('a frame that ends below its last line is followed by a cursor-up, so the next diff starts on row 0', () => {
  const terminal = new Terminal();
  const { stream, stats } = createFrameStream(terminal as unknown as NodeJS.WriteStream);
  stream.write('line 1\nline 2\n');
  stream.write('\u001b[1A\u001b[E');
  stream.write('\u001b[?25l');
  expect(terminal.out).toEqual(['line 1\nline 2\n\u001b[1A', '\u001b[1A\u001b[E\u001b[1A', '\u001b[?25l']);
  expect(stats.writes).toBe(3);
  expect(stats.bytes).toBe(terminal.out.join('').length);
});

test('everything but write passes through to the real stream', () => {
  const terminal = new Terminal();
  const { stream } = createFrameStream(terminal as unknown as NodeJS.WriteStream);
  expect(stream.columns).toBe(80);
  terminal.rows = 30;
  expect(stream.rows).toBe(30);
  let resized = 0;
  const onResize = () => resized++;
  stream.on('resize', onResize);
  terminal.emit('resize');
  stream.off('resize', onResize);
  terminal.emit('resize');
  expect(resized).toBe(1);
});
