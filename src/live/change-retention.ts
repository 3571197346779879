import type { DbScope } from '../database/statements';
import type { ChangeRepository } from './change.repository';

/** How often each instance prunes the change table, and how much one run deletes at most. */
export const PRUNE_INTERVAL_MS = 60_000;
export const PRUNE_BATCH = 1000;
export const PRUNE_BATCHES_PER_RUN = 10;

/**
 * Deletes the changes older than `retentionHours`, oldest first, in batches of PRUNE_BATCH (at
 * most PRUNE_BATCHES_PER_RUN per run, so a run stays short however far behind it is). How many
 * it deleted.
 */
export async function pruneChanges(repository: ChangeRepository, scope: DbScope, retentionHours: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionHours * 3_600_000);
  let total = 0;
  for (let i = 0; i < PRUNE_BATCHES_PER_RUN; i++) {
    const deleted = await repository.prune(scope, cutoff, PRUNE_BATCH);
    total += deleted;
    if (deleted < PRUNE_BATCH) break;
  }
  return total;
}

/** Prunes every PRUNE_INTERVAL_MS (on a timer that never keeps the process alive); returns the function that stops it. */
export function startPruning(
  repository: ChangeRepository,
  scope: DbScope,
  retentionHours: number,
  clock: () => Date,
  onError: (err: unknown) => void,
): () => void {
  const timer = setInterval(() => pruneChanges(repository, scope, retentionHours, clock()).catch(onError), PRUNE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
