import { describeDatabase } from '../database/data-source';
import { applyMigrations } from '../database/health';
import { runCli } from './bootstrap';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded default). */
void runCli(async (config, db) => {
  const names = (await applyMigrations(db)).join(', ') || 'none pending';
  process.stdout.write(`migrations applied to ${describeDatabase(config)}: ${names}\n`);
});
