import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema } from '../src/app';
import { printGatewaySchema } from '../src/graphql/build-schema';

describe('schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(printGatewaySchema(await buildAppSchema())).toBe(committed);
  });
});
