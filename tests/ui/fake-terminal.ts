/** Stand-ins for a terminal's stdin and stdout, for running the TUI without a pty. */
import { EventEmitter } from 'node:events';

/** Like a terminal: keys typed while nobody reads wait in the buffer until a reader comes. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  rawMode: boolean[] = [];
  private data: string | null = null;
  constructor() {
    super();
    this.on('newListener', (event) => {
      if (event === 'readable') setImmediate(() => this.data !== null && this.emit('readable'));
    });
  }
  write(data: string) {
    this.data = (this.data ?? '') + data;
    if (this.listenerCount('readable')) this.emit('readable');
  }
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  setEncoding() {}
  setRawMode(on: boolean) {
    this.rawMode.push(on);
  }
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export class FakeTerminal extends EventEmitter {
  isTTY = true;
  columns = 120;
  rows = 24;
  out = '';
  write(chunk: string, callback?: () => void) {
    this.out += chunk;
    callback?.();
    return true;
  }
}
