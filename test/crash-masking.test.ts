import { startTestGateway, TestGateway } from './support/test-gateway';

describe('an unexpected failure', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('reaches the client as application-crash with no SQL or driver text, and is logged under the request id', async () => {
    // Break the table under the gateway's feet: the next read fails inside the driver.
    await g.db.query('ALTER TABLE appointments RENAME COLUMN title TO title_gone');
    const res = await g.gql('{ appointments(max: 1) { data { id title } } }', undefined, { 'x-request-id': 'crash-1' });
    const raw = JSON.stringify(res.body);
    expect(res.body.errors![0]).toMatchObject({
      message: 'Internal server error. Please try again later.',
      extensions: { code: 'application-crash', status: 500, requestId: 'crash-1' },
    });
    expect(raw).not.toMatch(/SELECT|title_gone|ER_|SQLITE|Unknown column|no such column|stack|at /i);
    const logged = g.logLines.find((l) => l.requestId === 'crash-1' && l.msg === 'unexpected error');
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toMatch(/title/);
  });
});
