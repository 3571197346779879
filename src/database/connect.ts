import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { ConfigError } from '../config/config';
import { describeDatabase } from './data-source';

/**
 * Opens the database; a failure becomes one ConfigError line naming where it tried to connect
 * (never the password, never a stack).
 */
export async function connectDatabase(db: DataSource, config: Pick<Config, 'database'>): Promise<DataSource> {
  try {
    return await db.initialize();
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const reason = e.code ?? e.message?.split('\n')[0] ?? 'unknown error';
    const variable = config.database.kind === 'mysql' ? 'DATABASE_URL' : 'SQLITE_FILE';
    throw new ConfigError(`cannot open ${describeDatabase(config)} (${reason}); check ${variable}`);
  }
}
