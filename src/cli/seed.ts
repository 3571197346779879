import { describeDatabase } from '../database/data-source';
import { seedDemoData } from '../database/seeds/demo-data.seed';
import { runCli } from './bootstrap';

/** `npm run seed`: loads the demo data set (idempotent). */
void runCli(
  async (config, db) => {
    const result = await seedDemoData(db);
    process.stdout.write(
      result.created
        ? `demo data loaded into ${describeDatabase(config)}: ${result.appointments} appointments\n`
        : `demo data already present in ${describeDatabase(config)}: nothing to do\n`,
    );
  },
  { requireMigrated: true },
);
