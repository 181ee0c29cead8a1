// The hand-written pack functions: the limit `npm run bench` measures tanzhong against.
import { chongqing } from './chongqing.js';
import type { HandDecision } from './decision.js';
import { jining } from './jining.js';
import { sichuan } from './sichuan.js';

export type { HandDecision } from './decision.js';

export const HAND_WRITTEN: Record<string, (event: unknown) => HandDecision> = {
  'cn-chongqing': chongqing,
  'cn-shandong-jining': jining,
  'cn-sichuan': sichuan,
};
