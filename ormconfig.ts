import 'reflect-metadata';
import { loadConfig } from './src/config/config';
import { createSchemaToolDataSource } from './src/database/data-source';

/**
 * The DataSource for the TypeORM CLI (`npm run typeorm -- migration:show`; the script passes
 * `-d ormconfig.ts`): the same options the gateway builds from DATABASE_URL (or the embedded
 * SQLite default), read as MariaDB on a MariaDB server (see createSchemaToolDataSource). A
 * promise: the CLI awaits an exported DataSource.
 */
export default createSchemaToolDataSource(loadConfig());
