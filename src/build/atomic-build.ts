/**
 * Builds into a temporary folder next to the output and swaps it in only when the build
 * succeeds, so a failed or interrupted build never leaves a half-built site where the
 * deployment picks it up. The previous output stays untouched until the new one is complete.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface AtomicBuildResult {
  ok: boolean;
  /** Exit status of the build command. */
  status: number;
}

/**
 * Runs `build(tempDir)`; on status 0, replaces `outDir` by what it built. On failure the
 * temporary folder is removed and `outDir` is left exactly as it was.
 */
export function buildAtomically(outDir: string, build: (tempDir: string) => number): AtomicBuildResult {
  const target = resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = join(dirname(target), `.${basename(target)}-building-${stamp}`);
  const old = join(dirname(target), `.${basename(target)}-previous-${stamp}`);
  rmSync(temp, { recursive: true, force: true });
  let status: number;
  try {
    status = build(temp);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  if (status !== 0 || !existsSync(temp)) {
    rmSync(temp, { recursive: true, force: true });
    return { ok: false, status: status || 1 };
  }
  const hadPrevious = existsSync(target);
  if (hadPrevious) renameSync(target, old);
  try {
    renameSync(temp, target);
  } catch (error) {
    if (hadPrevious) renameSync(old, target);
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) rmSync(old, { recursive: true, force: true });
  return { ok: true, status: 0 };
}
