import { startTestGateway, TestGateway } from './support/test-gateway';

describe('request log and metrics', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('writes one JSON line per request with id, operation, duration, error codes and application; never a token', async () => {
    await g.gql('query Lookup { appointment(id: 424242) { id } }', undefined, { 'x-request-id': 'log-1' });
    await g.gql('query Catalog { errorCatalog { value } }', undefined, { 'x-request-id': 'log-2' });
    const failed = g.logLines.filter((l) => l.requestId === 'log-1' && l.msg === 'request');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      operation: 'Lookup',
      status: 200,
      errorCodes: ['not-found'],
      application: 'planox2',
      path: '/graphql',
    });
    expect(typeof failed[0].durationMs).toBe('number');
    const ok = g.logLines.find((l) => l.requestId === 'log-2' && l.msg === 'request');
    expect(ok).toMatchObject({ operation: 'Catalog', status: 200 });
    expect(ok!.errorCodes).toBeUndefined();
    const everything = JSON.stringify(g.logLines);
    expect(everything).not.toContain(g.token);
    expect(everything).not.toMatch(/authorization|Bearer/i);
  });

  it('serves Prometheus metrics: requests by operation and code, latency, pool use', async () => {
    await g.gql('query Counted { errorCatalog { value } }');
    await g.gql('query Counted { errorCatalog { value } }');
    await g.gql('query Missing { appointment(id: 424242) { id } }');
    const res = await g.http('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^gateway_requests_total\{operation="Counted",code="ok"\} 2$/m);
    expect(text).toMatch(/^gateway_requests_total\{operation="Missing",code="not-found"\} 1$/m);
    expect(text).toMatch(/^gateway_request_duration_seconds_count\{operation="Counted"\} 2$/m);
    expect(text).toMatch(/^gateway_db_pool_connections \d+$/m);
    expect(text).toMatch(/^gateway_process_resident_memory_bytes \d+/m);
  });

  it('labels unnamed or odd operation names as anonymous', async () => {
    await g.gql('{ errorCatalog { value } }');
    const text = await (await g.http('/metrics')).text();
    expect(text).toMatch(/^gateway_requests_total\{operation="anonymous",code="ok"\} \d+$/m);
  });
});
