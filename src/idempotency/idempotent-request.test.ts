import { DomainError } from '../errors/domain.error';
import { idempotentRequestOf, requestHash } from './idempotent-request';

const MUTATION = 'mutation M($id: ID!) { deleteAppointment(id: $id) { success } }';
const QUERY = 'query Q { appointments { paging { max } } }';
const of = (body: unknown, headers: Record<string, string> = { 'idempotency-key': 'k-1' }, method = 'POST') =>
  idempotentRequestOf(method, headers, body, 5000);

describe('idempotentRequestOf', () => {
  it('records a POSTed mutation sent with a key, hashing what it asks for', () => {
    expect(of({ query: MUTATION, variables: { id: '7' } })).toEqual({
      key: 'k-1',
      requestHash: requestHash({ query: MUTATION, variables: { id: '7' } }, undefined),
    });
  });

  it('records nothing without the header, for a query, over GET or for a document that does not parse', () => {
    expect(of({ query: MUTATION }, {})).toBeNull();
    expect(of({ query: QUERY })).toBeNull();
    expect(of({ query: MUTATION }, undefined, 'GET')).toBeNull();
    expect(of({ query: 'mutation {' })).toBeNull();
    expect(of({ query: 42 })).toBeNull();
  });

  it('looks at the operation the request names', () => {
    const both = `${QUERY} ${MUTATION}`;
    expect(of({ query: both, operationName: 'Q' })).toBeNull();
    expect(of({ query: both, operationName: 'M' })).not.toBeNull();
    // Two operations and no name: GraphQL refuses it, nothing runs.
    expect(of({ query: both })).toBeNull();
  });

  it('refuses a malformed key on any operation', () => {
    for (const key of ['', 'k'.repeat(256), 'tab\tkey', 'clé']) {
      expect(() => of({ query: QUERY }, { 'idempotency-key': key })).toThrow(DomainError);
    }
    expect(of({ query: MUTATION }, { 'idempotency-key': '~'.repeat(255) })).not.toBeNull();
  });

  it('tells requests apart by variables, operation name and application, not by key order', () => {
    const base = requestHash({ query: MUTATION, variables: { a: 1, b: 2 } }, 'planox2');
    expect(requestHash({ query: MUTATION, variables: { b: 2, a: 1 } }, 'planox2')).toBe(base);
    expect(requestHash({ query: MUTATION, variables: { a: 1, b: 3 } }, 'planox2')).not.toBe(base);
    expect(requestHash({ query: MUTATION, variables: { a: 1, b: 2 }, operationName: 'M' }, 'planox2')).not.toBe(base);
    expect(requestHash({ query: MUTATION, variables: { a: 1, b: 2 } }, 'planoorder')).not.toBe(base);
  });
});
