// Emphasis for terminal output: ANSI codes on a terminal, nothing otherwise (files, pipes, tests).
import type { LineVerdict } from '../../engine/index.js';

export interface Style {
  heading(text: string): string;
  strong(text: string): string;
  warn(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  verdict(verdict: LineVerdict, text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const same = (text: string) => text;

const bold = ansi(1, 22);
const yellow = ansi(33, 39);
const green = ansi(32, 39);
const red = ansi(31, 39);

export const terminalStyle: Style = {
  heading: bold,
  strong: bold,
  warn: yellow,
  good: green,
  bad: red,
  verdict: (verdict, text) => (verdict === 'eligible' ? green(text) : verdict === 'ineligible' ? red(text) : yellow(text)),
};

export const plainStyle: Style = {
  heading: same,
  strong: same,
  warn: same,
  good: same,
  bad: same,
  verdict: (_verdict, text) => text,
};
