import fs from 'node:fs';
import path from 'node:path';

/*
 * The layout's rules, read from the source (docs/architecture.md explains them):
 *
 * - only repositories (`*.repository.ts`) and the database kernel (`src/database/`) issue SQL:
 *   nowhere else uses TypeORM's query APIs or sends statements through the kernel;
 * - the domain (services, rules, repositories, plain types, the kernels) does not depend on the
 *   GraphQL layer: no type-graphql, no GraphQL input/output types.
 *
 * Entities may import TypeORM's and type-graphql's decorators (an entity doubles as its GraphQL
 * object type where the shapes are the same), and anything may hold a `DataSource` as a handle.
 */

const SRC = path.join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const FILES = sources(SRC).map((full) => ({ file: path.relative(SRC, full), text: fs.readFileSync(full, 'utf8') }));

const mayIssueSql = (file: string) => file.startsWith(`database${path.sep}`) || file.endsWith('.repository.ts');

/** The value (non-type) imports of a file: [what, from]. */
function valueImports(text: string): [string, string][] {
  return [...text.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)';/gms)].map((m) => [m[1], m[2]]);
}

describe('one door to the data', () => {
  it('has repositories for every aggregate', () => {
    const repositories = FILES.filter((f) => f.file.endsWith('.repository.ts')).map((f) => path.basename(f.file));
    expect(repositories).toEqual(
      expect.arrayContaining([
        'appointment.repository.ts',
        'order.repository.ts',
        'customer.repository.ts',
        'contact.repository.ts',
        'user.repository.ts',
        'token.repository.ts',
        'appointment-category.repository.ts',
        'idempotency.repository.ts',
      ]),
    );
  });

  it("lets no file outside the repositories and the database kernel use TypeORM's query APIs", () => {
    const QUERY_API =
      /\.createQueryBuilder\(|\.getRepository\(|\.getMetadata\(|\bEntityManager\b|\bQueryRunner\b|\bSelectQueryBuilder\b|\.manager\b|\bdb\.query\(|\.transaction\(/;
    const offenders = FILES.filter((f) => !mayIssueSql(f.file) && QUERY_API.test(f.text)).map(
      (f) => `${f.file}: ${f.text.match(QUERY_API)![0]}`,
    );
    expect(offenders).toEqual([]);
  });

  it('lets no file outside them import TypeORM except entity decorators and the DataSource type', () => {
    const offenders = FILES.filter((f) => !mayIssueSql(f.file) && !f.file.endsWith('.entity.ts')).flatMap((f) =>
      valueImports(f.text)
        .filter(([, from]) => from === 'typeorm' || from.startsWith('typeorm/'))
        .map(([what]) => `${f.file}: ${what}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets no file outside them send statements through the kernel', () => {
    const KERNEL = /database\/(statements|entity-statements|entity-select|dialect)$/;
    const offenders = FILES.filter((f) => !mayIssueSql(f.file)).flatMap((f) =>
      valueImports(f.text)
        .filter(([, from]) => KERNEL.test(from))
        .map(([what, from]) => `${f.file}: ${what} from ${from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the domain free of the GraphQL layer', () => {
    const domain = (file: string) =>
      /\.(service|repository|rules|plan|mapper|types|relations|sql)\.ts$/.test(file) ||
      /^(domain|database|context)\//.test(file.split(path.sep).join('/'));
    const GRAPHQL = /^type-graphql$|\.(type|input|enum|resolver)$/;
    const offenders = FILES.filter((f) => domain(f.file)).flatMap((f) =>
      [...f.text.matchAll(/from\s+'([^']+)'/g)]
        .map((m) => m[1])
        .filter((from) => GRAPHQL.test(from))
        .map((from) => `${f.file}: ${from}`),
    );
    expect(offenders).toEqual([]);
  });
});
