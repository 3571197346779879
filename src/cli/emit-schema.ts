import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildGatewaySchema, printGatewaySchema } from '../graphql/schema';

/** `npm run schema`: writes schema.graphql from the code. A test fails when the two differ. */
void (async () => {
  const file = path.resolve(__dirname, '../../../schema.graphql');
  fs.writeFileSync(file, printGatewaySchema(await buildGatewaySchema()));
  process.stdout.write(`wrote ${file}\n`);
})();
