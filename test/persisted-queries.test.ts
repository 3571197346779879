import { createHash } from 'node:crypto';
import { startTestGateway, TestGateway } from './support/test-gateway';

const QUERY = '{ errorCatalog { value } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash: hash } });

/**
 * Automatic persisted queries (Apollo's APQ protocol): a client sends a query with its SHA-256
 * hash once, then the hash alone. A POST must carry its query (the transport rule), so the
 * hash alone only works over GET.
 */
describe('persisted queries', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  const answer = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
  const post = async (body: Record<string, unknown>) =>
    answer(
      await g.http('/graphql', {
        method: 'POST',
        headers: { ...g.defaultHeaders, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const get = async (params: Record<string, unknown>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    return answer(await g.http(`/graphql?${search}`, { headers: { ...g.defaultHeaders, 'apollo-require-preflight': 'true' } }));
  };

  it('answers a POST of a hash without its query with no-params-decoded', async () => {
    const res = await post({ extensions: persisted(sha256('{ errorCatalog { status } }')) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'no-params-decoded', status: 400, params: ['query'] });
  });

  it('answers a GET of a hash it has not seen with PersistedQueryNotFound (400 invalid-query), so the client resends the query', async () => {
    const res = await get({ extensions: persisted(sha256('{ errorCatalog { status } }')) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'invalid-query', status: 400 } });
  });

  it('registers a query sent with its hash, then runs it from the hash alone', async () => {
    const registered = await post({ query: QUERY, extensions: persisted(sha256(QUERY)) });
    expect(registered.status).toBe(200);
    expect(registered.body.errors).toBeUndefined();
    const byHash = await get({ extensions: persisted(sha256(QUERY)) });
    expect(byHash.status).toBe(200);
    expect(byHash.body).toEqual(registered.body);
  });

  it.each([
    ['POST', post],
    ['GET', get],
  ])('refuses over %s a hash that does not match the query: invalid-param naming it, nothing registered', async (_method, send) => {
    const wrong = sha256(`{ errorCatalog { description } } # ${_method}`);
    const res = await send({ query: QUERY, extensions: persisted(wrong) });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'invalid-param',
      status: 400,
      params: ['extensions.persistedQuery.sha256Hash'],
    });
    expect(res.body.errors[0].message).toBe('extensions.persistedQuery.sha256Hash does not match the SHA-256 hash of the query.');
    expect((await get({ extensions: persisted(wrong) })).body.errors[0].message).toBe('PersistedQueryNotFound');
  });

  it('refuses a protocol version other than 1 with invalid-param naming it', async () => {
    const res = await post({ query: QUERY, extensions: persisted(sha256(QUERY), 2) });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'invalid-param',
      status: 400,
      params: ['extensions.persistedQuery.version'],
    });
  });

  it('does not log a refused hash as a crash', () => {
    expect(g.logLines.filter((l) => l.msg === 'unexpected error')).toEqual([]);
  });
});
