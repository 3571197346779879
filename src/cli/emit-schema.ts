import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema } from '../app';
import { printGatewaySchema } from '../graphql/build-schema';

/** `npm run schema`: writes schema.graphql from the code. A test fails when the two differ. */
void (async () => {
  const file = path.resolve(__dirname, '../../../schema.graphql');
  fs.writeFileSync(file, printGatewaySchema(await buildAppSchema()));
  process.stdout.write(`wrote ${file}\n`);
})();
