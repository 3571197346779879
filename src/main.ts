import 'reflect-metadata';
import { loadConfig, ConfigError } from './config/config';
import { connectDatabase } from './database/connect';
import { createDataSource, describeDatabase } from './database/data-source';
import { applyMigrations, hasPendingMigrations } from './database/health';
import { seedDemoData } from './database/seeds/demo-data.seed';
import { devSession } from './accounts/dev-session';
import { createGateway } from './app';
import { createLogger, logFormatFor } from './http/logger';
import { tuneHeapGrowth } from './config/heap-growth';

/**
 * `npm start`: serves the gateway. On the embedded default it migrates and seeds the SQLite
 * file on first start; on MySQL it applies migrations only when MIGRATE_ON_START=true.
 */
async function main(): Promise<void> {
  tuneHeapGrowth();
  const config = loadConfig();
  const log = createLogger(config.logLevel, logFormatFor(config.logFormat, process.stdout.isTTY === true));
  const db = await connectDatabase(createDataSource(config), config);
  const embedded = config.database.kind === 'sqlite';
  if (embedded || process.env.MIGRATE_ON_START === 'true') {
    await applyMigrations(db);
  } else if (await hasPendingMigrations(db)) {
    throw new ConfigError(
      `${describeDatabase(config)} has pending migrations: run \`npm run migrate\` first (or set MIGRATE_ON_START=true)`,
    );
  }
  if (embedded || process.env.SEED_ON_START === 'true') {
    const seeded = await seedDemoData(db);
    if (seeded.created) log.info(`loaded the demo data set (${seeded.appointments} appointments)`);
  }
  const dev = embedded && config.nodeEnv !== 'production' ? await devSession(db) : null;
  const gateway = await createGateway(config, db, log, { sandboxHeaders: dev?.headers });
  const port = await gateway.listen(config.port, config.host);
  log.info(`gateway on ${describeDatabase(config)}, serving http://localhost:${port}/graphql`);
  if (dev) log.info(`development token (${dev.description}): ${dev.token}`);
  if (config.nodeEnv !== 'production') {
    log.info(`Apollo Sandbox: open http://localhost:${port}/graphql in a browser${dev ? ' (the token is filled in)' : ''}`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing requests in flight`);
    // A last resort past the grace period: never hang on shutdown.
    const force = setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000);
    force.unref();
    void gateway
      .stop()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`error: ${err.message}\n`);
  } else {
    process.stderr.write(`error: the gateway could not start: ${(err as Error).stack ?? String(err)}\n`);
  }
  process.exit(1);
});
