import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

/** Runs a command in the foreground, inheriting the terminal; returns its exit status. */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** The local binary of an installed package, run through npx without touching the network. */
export function runBin(bin: string, args: readonly string[], options: SpawnSyncOptions = {}): number {
  return run('npx', ['--no-install', bin, ...args], options);
}
