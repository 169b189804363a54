/**
 * Driving the built `bin/parley.js` in a real terminal: a private tmux server gives it a pty of a fixed
 * size (so the tests neither see nor disturb anybody's sessions); keys go in with send-keys and the screen
 * comes back with capture-pane. Every step waits for text to appear (with a timeout) rather than sleeping.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export function tmuxDriver(name: string, session: string) {
  const socket = `${name}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const capture = () => tmux('capture-pane', '-p', '-t', session);
  const paneFlag = (flag: string) => tmux('display-message', '-p', '-t', session, `#{${flag}}`).trim();
  const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);
  const literal = (text: string) => tmux('send-keys', '-t', session, '-l', text);
  const waitFor = async (what: string, predicate: (screen: string) => boolean, timeoutMs = 15000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = capture();
      if (predicate(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${what}; screen was:\n${screen}`);
  };
  const killServer = () => {
    try {
      tmux('kill-server');
    } catch {
      // already gone
    }
  };
  return { tmux, capture, paneFlag, keys, literal, waitFor, killServer };
}

export const lines = (screen: string) => screen.replace(/\n+$/, '').split('\n');
export const footerLine = (screen: string) => lines(screen).filter((l) => l.trim()).at(-1) ?? '';
