// Types of engine-start.js (plain JavaScript so that the bin can load it before any TypeScript loader).
import type { Worker } from 'node:worker_threads';

export const WORKER_URL: URL;
export function tuneEngine(): void;
export function startEngine(argv: string[]): void;
export function takeWorker(): Worker;
