/**
 * The part of start-up that loads React and Ink (run.tsx imports it only after drawing the first frame).
 * hide-fetch-from-yoga / restore-fetch must stay around the Ink import.
 */
import './hide-fetch-from-yoga.js';
import React from 'react';
import { render, type Instance, type RenderOptions } from 'ink';
import './restore-fetch.js';
import { App, type AppProps } from './App.js';
import { LibraryApp, type LibraryAppProps } from './LibraryApp.js';

export function mountApp(props: AppProps, options: RenderOptions): Instance {
  return render(<App {...props} />, options);
}

export function mountLibrary(props: LibraryAppProps, options: RenderOptions): Instance {
  return render(<LibraryApp {...props} />, options);
}
