import fs from 'node:fs';
import path from 'node:path';
import { generate } from '../scripts/codegen';
import { gatewayClient, upcomingAppointments } from '../examples/list-appointments';
import { startTestGateway, TestGateway } from './support/test-gateway';

const describeOnce = process.env.TEST_DB === 'sqlite' ? describe : describe.skip;

describeOnce('typed clients', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('are generated from the committed schema and documents exactly as committed (run `npm run codegen`)', async () => {
    // `npm test` type-checks examples/ (tsconfig.json), so the committed client code compiles too.
    const files = await generate();
    for (const [file, text] of Object.entries(files)) {
      expect(text).toBe(fs.readFileSync(path.join(__dirname, '..', file), 'utf8'));
    }
  });

  it('let the example client read typed appointments from a live gateway', async () => {
    const client = gatewayClient(`${g.url}/graphql`, g.token);
    const rows = await upcomingAppointments(client, '2026-01-01T00:00:00Z', 5);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(typeof row.title).toBe('string');
      expect(Date.parse(row.startDate)).toBeGreaterThanOrEqual(Date.parse('2026-01-01T00:00:00Z'));
    }
    const starts = rows.map((r) => r.startDate);
    expect([...starts].sort()).toEqual(starts);
  });
});
