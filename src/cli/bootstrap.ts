import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { Config, ConfigError, loadConfig } from '../config/config';
import { connectDatabase } from '../database/connect';
import { createDataSource } from '../database/data-source';

/**
 * Runs a command-line entry point: loads the configuration and opens the database, and turns
 * a configuration or connection problem into one line on stderr and exit code 1 (no stack).
 */
export async function runCli(main: (config: Config, db: DataSource) => Promise<void>, keepOpen = false): Promise<void> {
  let db: DataSource | undefined;
  try {
    const config = loadConfig();
    db = await connectDatabase(createDataSource(config), config);
    await main(config, db);
    if (!keepOpen) await db.destroy();
  } catch (err) {
    if (db?.isInitialized && !keepOpen) await db.destroy().catch(() => undefined);
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
    } else {
      process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    }
    process.exit(1);
  }
}
