import { tableChecksum } from './support/table-checksum';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * A corpus of bad requests: malformed bodies and headers, wrong types, out-of-range numbers,
 * huge and unicode strings, SQL-injection strings in every string filter and input, deep and
 * wide queries, alias floods. Each must get its catalog code (or, for odd-but-valid input, a
 * clean answer), never application-crash; the process must live; and no table may change.
 */

interface Case {
  name: string;
  /** A raw HTTP request, or a GraphQL document with variables sent as JSON. */
  raw?: { method?: string; headers?: Record<string, string | null>; body?: string; path?: string };
  query?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string | null>;
  /** The catalog code of the first error; null for "answered without errors". */
  code: string | null;
}

const INJECTIONS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '" OR ""="',
  "'; DROP TABLE appointments; --",
  '1; DELETE FROM appointments',
  "%' OR 'x'='x",
  '_%_',
  "\\' OR 1=1 #",
  "' UNION SELECT token_hash FROM sessions --",
  "admin'--",
  "' AND SLEEP(1) --",
  "1' AND (SELECT COUNT(*) FROM users) > 0 --",
  '`; SHOW TABLES; --',
  "\u0000' OR 1=1",
  "'); UPDATE appointments SET title='x' WHERE ('1'='1",
];
const ODD_STRINGS = [
  'x'.repeat(10_000),
  '💥📸🗓️'.repeat(50),
  'שלום عالم',
  'Ünïcödé ñ ç ß',
  '\u202Eevil',
  '\t\n\r',
  ' ',
  '%',
  '_',
  '\\',
  '!',
  '*',
  '**',
  '*%*',
  'a*b*c',
  '\u0000',
  '\uFFFF',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];
const STRING_FILTERS = ['title', 'customerReference', 'employeeReference', 'apptType'];
const LIST = 'query($filter: AppointmentFilter) { appointments(filter: $filter, max: 5) { paging { total } data { id } } }';

function corpus(): Case[] {
  const cases: Case[] = [];
  const post = (name: string, body: string, code: string, headers: Record<string, string | null> = {}) =>
    cases.push({ name, raw: { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }, code });

  // Malformed bodies.
  for (const body of [
    '',
    '{',
    '}',
    '{"query": ',
    'null,',
    "{'query': '{ viewer { role } }'}",
    '{"query": "{ viewer }"',
    'undefined',
    '\u0000',
    '{"a":1}{"b":2}',
    '[1,',
    'NaN',
    '{"query": "x",}',
    '\\x00\\xff',
  ]) {
    post(`undecodable body ${JSON.stringify(body).slice(0, 20)}`, body, 'invalid-encoded-params');
  }
  for (const body of [
    '{}',
    '{"variables": {}}',
    '{"query": null}',
    '{"query": ""}',
    '{"operationName": "X"}',
    '"just a string"',
    '42',
    'true',
    'null',
  ]) {
    post(`no query in ${body}`, body, 'no-params-decoded');
  }
  for (const body of ['{"query": 42}', '{"query": {"a": 1}}', '{"query": ["{ viewer { role } }"]}', '{"query": true}']) {
    post(`query of the wrong type ${body}`, body, 'invalid-param-type');
  }
  post('a batch', '[{"query": "{ viewer { role } }"}, {"query": "{ viewer { role } }"}]', 'invalid-encoded-params');
  post('variables not an object', '{"query": "{ viewer { role } }", "variables": "x"}', 'invalid-query');
  post('variables an array', '{"query": "{ viewer { role } }", "variables": [1]}', 'invalid-query');

  // Headers.
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'text/html',
    'application/jsonp',
    null,
  ]) {
    cases.push({
      name: `content-type ${type}`,
      raw: { method: 'POST', body: '{"query":"{ viewer { role } }"}', headers: { 'content-type': type } },
      code: 'invalid-content-type',
    });
  }
  for (const auth of [
    null,
    '',
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    'Bearer gws_notarealtoken',
    'Bearer gwa_' + 'A'.repeat(43),
    'bearer x y z',
    'Token abc',
    "Bearer ' OR 1=1 --",
    'Bearer ' + 'x'.repeat(5000),
  ]) {
    cases.push({
      name: `authorization ${JSON.stringify(auth).slice(0, 30)}`,
      query: '{ viewer { role } }',
      headers: { authorization: auth },
      code: 'invalid-token',
    });
  }
  for (const app of ['planoxx', 'PLANOX2 ', 'admin', "planox2' OR 1=1", '', 'plänox2', 'x'.repeat(300)]) {
    cases.push({
      name: `x-application ${JSON.stringify(app).slice(0, 20)}`,
      query: '{ viewer { role } }',
      headers: { 'x-application': app },
      code: app === '' ? null : 'invalid-param',
    });
  }
  for (const path of ['/', '/graphq', '/graphql/x', '/api/v1/appointments', '/health', '/../etc/passwd', '/graphql%00', '/%2e%2e/']) {
    cases.push({ name: `path ${path}`, raw: { method: 'GET', path }, code: 'route-non-existent' });
  }

  // Wrong types and out-of-range numbers.
  const intArgs: [string, string][] = [
    ['max', 'appointments(max: $v) { paging { total } }'],
    ['offset', 'appointments(offset: $v) { paging { total } }'],
    ['first', 'appointmentsConnection(first: $v) { totalCount }'],
  ];
  for (const [arg, field] of intArgs) {
    for (const v of ['ten', true, 1.5, {}, [1], 2 ** 31, -(2 ** 31) - 1, '1', 1e100]) {
      cases.push({
        name: `${arg} = ${JSON.stringify(v)}`,
        query: `query($v: Int) { ${field} }`,
        variables: { v },
        code: 'invalid-param-type',
      });
    }
    for (const v of arg === 'offset' ? [-1, -1000] : [-1, 1001, 100000]) {
      cases.push({ name: `${arg} = ${v}`, query: `query($v: Int) { ${field} }`, variables: { v }, code: 'invalid-param' });
    }
    // A page whose rows are not selected costs nothing: the service refuses the size.
    if (arg !== 'offset')
      cases.push({ name: `${arg} = 2^31-1`, query: `query($v: Int) { ${field} }`, variables: { v: 2 ** 31 - 1 }, code: 'invalid-param' });
  }
  // So large a page of rows is refused by the cost limit first, before anything runs.
  for (const field of ['appointments(max: $v) { data { id } }', 'appointmentsConnection(first: $v) { nodes { id } }']) {
    cases.push({
      name: `${field.slice(0, 25)} 2^31-1 rows`,
      query: `query($v: Int) { ${field} }`,
      variables: { v: 2 ** 31 - 1 },
      code: 'query-too-complex',
    });
  }
  for (const id of ['abc', '-1', '0', '1.5', '99999999999', "1' OR '1'='1", '', ' ', '0x10', '1e3']) {
    cases.push({
      name: `appointment id ${JSON.stringify(id)}`,
      query: 'query($id: ID!) { appointment(id: $id) { id } }',
      variables: { id },
      code: 'invalid-param-type',
    });
    cases.push({
      name: `order id ${JSON.stringify(id)}`,
      query: 'query($id: ID!) { order(id: $id) { id } }',
      variables: { id },
      code: 'invalid-param-type',
    });
  }
  for (const v of [42, true, { a: 1 }, ['x']]) {
    cases.push({ name: `title filter of type ${typeof v}`, query: LIST, variables: { filter: { title: v } }, code: 'invalid-param-type' });
  }
  cases.push({
    name: 'sort not in the enum',
    query: 'query($s: AppointmentSort) { appointments(sort: $s) { paging { total } } }',
    variables: { s: 'PASSWORD' },
    code: 'invalid-param-type',
  });
  cases.push({
    name: 'order not in the enum (literal)',
    query: '{ appointments(order: SIDEWAYS) { paging { total } } }',
    code: 'invalid-param-type',
  });

  // Dates.
  for (const bad of [
    '2016-08-1Z',
    'yesterday',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-01-01',
    '2026-01-01T25:00:00Z',
    "2026' OR 1=1",
    '',
    '1700000000',
    '2026-01-01T00:00:00',
  ]) {
    for (const field of ['startDate', 'dateCreated']) {
      cases.push({
        name: `${field} gte ${bad}`,
        query: LIST,
        variables: { filter: { [field]: { gte: bad } } },
        code: 'invalid-datetime-format',
      });
    }
  }
  cases.push({
    name: 'gt with gte',
    query: LIST,
    variables: { filter: { startDate: { gt: '2026-01-01T00:00:00Z', gte: '2026-01-01T00:00:00Z' } } },
    code: 'invalid-param',
  });
  cases.push({
    name: 'empty range',
    query: LIST,
    variables: { filter: { startDate: { gte: '2026-02-01T00:00:00Z', lt: '2026-01-01T00:00:00Z' } } },
    code: 'invalid-param',
  });

  // Injection and odd strings in every string filter: answered, matching nothing, changing nothing.
  for (const field of STRING_FILTERS) {
    for (const s of [...INJECTIONS, ...ODD_STRINGS]) {
      // Patterns are limited to 255 characters, like the columns they match.
      const code = s.length > 255 ? 'invalid-param' : null;
      cases.push({ name: `${field} filter ${JSON.stringify(s).slice(0, 24)}`, query: LIST, variables: { filter: { [field]: s } }, code });
    }
  }
  for (const s of INJECTIONS) {
    cases.push({
      name: `reference look-up ${s}`,
      query: 'query($r: String!) { appointmentByReference(reference: $r) { id } }',
      variables: { r: s },
      code: 'not-found',
    });
    cases.push({
      name: `uuid look-up ${s}`,
      query: 'query($u: String!) { appointmentByUuid(uuid: $u) { id } }',
      variables: { u: s },
      code: 'not-found',
    });
    cases.push({
      name: `cursor ${s}`,
      query: 'query($c: String) { appointmentsConnection(after: $c) { totalCount } }',
      variables: { c: s },
      code: 'invalid-param',
    });
    // Inputs: every string input carries the injection, and the write is refused for another reason.
    cases.push({
      name: `create input ${s}`,
      code: 'date-validation-error',
      query: 'mutation($i: CreateAppointmentInput!) { createAppointment(input: $i) { id } }',
      variables: {
        i: {
          title: s,
          note: s,
          location: s,
          description: s,
          summary: s,
          apptType: s.slice(0, 50),
          startDate: '2026-02-01T10:00:00Z',
          endDate: '2026-02-01T09:00:00Z',
        },
      },
    });
    cases.push({
      name: `update by reference ${s}`,
      code: 'not-found',
      query: 'mutation($r: String!, $i: UpdateAppointmentInput!) { updateAppointmentByReference(reference: $r, input: $i) { id } }',
      variables: { r: s, i: { updatedAtMt: s, title: s } },
    });
    cases.push({
      name: `delete by reference ${s}`,
      code: 'not-found',
      query: 'mutation($r: String!) { deleteAppointmentByReference(reference: $r) { success } }',
      variables: { r: s },
    });
  }

  // GraphQL documents: syntax, unknown fields, depth, width, aliases.
  for (const q of [
    '{',
    '}',
    'query {',
    '{ viewer { role }',
    'mutation',
    '{ viewer(role: 1) { role } }',
    '{ appointments { nope } }',
    '{ __typename @skip }',
    'subscription { x }',
    '{ ...Missing }',
    'fragment F on Appointment { id } { viewer { role } }',
    'query A { viewer { role } } query A { viewer { role } }',
    '{ appointment(id: 1) }',
    '"\\u0000"',
    '{ appointments(max: "x") { paging { total } } }',
  ]) {
    const code = q.includes('"x"') ? 'invalid-param-type' : q.includes('appointment(id: 1) }') ? 'invalid-query' : 'invalid-query';
    cases.push({ name: `document ${JSON.stringify(q).slice(0, 30)}`, query: q, code });
  }
  const deep = (n: number) => `{ appointments { data { ${'order { appointments { '.repeat(n)} id ${'} } '.repeat(n)} } } }`;
  for (const n of [5, 10, 50, 200]) cases.push({ name: `depth ${n}`, query: deep(n), code: 'query-too-complex' });
  for (const n of [31, 100, 1000]) {
    cases.push({
      name: `${n} aliases`,
      query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`,
      code: 'query-too-complex',
    });
  }
  for (const n of [30]) {
    cases.push({
      name: `${n} wide pages of 1000`,
      code: 'query-too-complex',
      query: `{ ${Array.from({ length: n }, (_, i) => `p${i}: appointments(max: 1000) { data { id title customer { name } contacts { name } photographer { name } } }`).join(' ')} }`,
    });
  }
  for (const n of [22, 40]) {
    const chain = Array.from({ length: n }, (_, i) => `fragment F${i} on Appointment { ...F${i + 1} ...F${i + 1} }`).join(' ');
    cases.push({
      name: `fragment chain of ${n} doubling`,
      query: `{ appointments(max: 1) { data { ...F0 } } } ${chain} fragment F${n} on Appointment { id }`,
      code: 'query-too-complex',
    });
  }
  cases.push({ name: 'token flood', query: `{ viewer { ${'role '.repeat(6000)} } }`, code: 'query-too-complex' });
  return cases;
}

const checksum = (g: TestGateway): Promise<string> => tableChecksum(g.db);

describe('the bad-input corpus', () => {
  let g: TestGateway;
  const cases = corpus();
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('has at least 300 requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it('answers each with its catalog code, never a crash, changes nothing, and leaves the process alive', async () => {
    const before = await checksum(g);
    const wrong: string[] = [];
    for (const c of cases) {
      let status: number;
      let body: any;
      if (c.raw) {
        const headers = Object.fromEntries(
          Object.entries({ ...g.defaultHeaders, ...c.raw.headers }).filter(([, v]) => v != null),
        ) as Record<string, string>;
        const res = await g.http(c.raw.path ?? '/graphql', { method: c.raw.method, headers, body: c.raw.body });
        status = res.status;
        body = await res.json().catch(() => ({ unparsable: true }));
      } else {
        const res = await g.gql(c.query!, c.variables, c.headers);
        status = res.status;
        body = res.body;
      }
      const code = body?.errors?.[0]?.extensions?.code ?? null;
      const crashed = (body?.errors ?? []).some((e: any) => e.extensions?.code === 'application-crash');
      if (crashed || code !== c.code || body?.unparsable || status >= 500) {
        wrong.push(`${c.name}: expected ${c.code}, got ${code} (HTTP ${status}) ${JSON.stringify(body).slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect((await g.http('/health/live')).status).toBe(200);
    expect(await checksum(g)).toBe(before);
  });
});
