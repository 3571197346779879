import { describeDatabase } from '../database/data-source';
import { runCli } from './bootstrap';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded default). */
void runCli(async (config, db) => {
  const applied = await db.runMigrations({ transaction: 'each' });
  const names = applied.map((m) => m.name).join(', ') || 'none pending';
  process.stdout.write(`migrations applied to ${describeDatabase(config)}: ${names}\n`);
});
