import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { hasPendingMigrations } from '../database/health';
import { Config, ConfigError, loadConfig } from '../config/config';
import { connectDatabase } from '../database/connect';
import { createDataSource, describeDatabase } from '../database/data-source';

export interface CliOptions {
  /** The command reads or writes the gateway's tables: refuse, in one line, a database that lacks them. */
  requireMigrated?: boolean;
}

/**
 * Runs a command-line entry point: loads the configuration and opens the database, and turns
 * a configuration or connection problem into one line on stderr and exit code 1 (no stack).
 */
export async function runCli(main: (config: Config, db: DataSource) => Promise<void>, options: CliOptions = {}): Promise<void> {
  let db: DataSource | undefined;
  try {
    const config = loadConfig();
    db = await connectDatabase(createDataSource(config), config);
    if (options.requireMigrated && (await hasPendingMigrations(db))) {
      throw new ConfigError(`${describeDatabase(config)} has pending migrations: run \`npm run migrate\` first`);
    }
    await main(config, db);
    await db.destroy();
  } catch (err) {
    if (db?.isInitialized) await db.destroy().catch(() => undefined);
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
    } else {
      process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    }
    process.exit(1);
  }
}
