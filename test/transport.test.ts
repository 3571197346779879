import pino from 'pino';
import { createGateway, Gateway } from '../src/app';
import { startTestGateway, TestGateway } from './support/test-gateway';

describe('transport rules', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('refuses a body over BODY_LIMIT_BYTES (default 1 MB) with payload-too-large, before parsing it', async () => {
    const big = JSON.stringify({ query: `{ errorCatalog { value } }`, variables: { pad: 'x'.repeat(1024 * 1024) } });
    const res = await g.http('/graphql', {
      method: 'POST',
      headers: { ...g.defaultHeaders, 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: 'payload-too-large', status: 413 });
  });

  it('keeps CSRF prevention on: a GET query without a preflight-forcing header is refused', async () => {
    const res = await g.http(`/graphql?query=${encodeURIComponent('{ errorCatalog { value } }')}`, { headers: g.defaultHeaders });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('invalid-query');
    expect(body.errors[0].message).toMatch(/CSRF|preflight/i);
  });

  it('does not run a mutation sent over GET', async () => {
    const res = await g.http(`/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { ...g.defaultHeaders, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBeDefined();
  });
});

describe('production mode', () => {
  let g: TestGateway;
  let prod: Gateway;
  let url: string;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    prod = await createGateway({ ...g.config, nodeEnv: 'production' }, g.db, pino({ level: 'silent' }));
    url = `http://127.0.0.1:${await prod.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await prod.stop();
    await g.close();
  });

  const post = async (query: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { ...g.defaultHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('turns introspection off', async () => {
    const res = await post('{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('invalid-query');
  });

  it('gives no "did you mean" hints about the schema', async () => {
    const res = await post('{ errorCatalo { value } }');
    expect(res.body.errors[0].extensions.code).toBe('invalid-query');
    expect(res.body.errors[0].message).not.toMatch(/Did you mean/);
    const dev = await g.gql('{ errorCatalo { value } }');
    expect(dev.body.errors![0].message).toMatch(/Did you mean "errorCatalog"/);
  });

  it('serves no Sandbox', async () => {
    const res = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toContain('embeddable-sandbox');
  });
});
