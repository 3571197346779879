import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { README_COMMANDS } from './readme-commands.list';
import { readmeCommands, ROOT, runCommand, startCommand, Started, terminalEnv } from './support/readme-commands';

const PROJECT = process.env.TEST_DB as 'mysql' | 'sqlite';
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const ran = new Set<string>();

/** A README command by its exact text: fails unless the README shows it and the list checks it in this project. */
function command(text: string): string {
  expect(readmeCommands(README)).toContain(text);
  expect(README_COMMANDS[text]).toMatchObject({ project: PROJECT });
  ran.add(text);
  return text;
}

const graphql = async (port: number, token: string, query: string, application?: string) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(application ? { 'x-application': application } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as any };
};
const SERVING = /serving http:\/\/localhost:(\d+)\/graphql/;
const VIEWER = '{ viewer { role user { reference } application { slug } } }';

// Terminal colour escapes, which some tools (the TypeORM CLI under CI=true) print even into a pipe.
// eslint-disable-next-line no-control-regex -- the escape that starts a colour
const COLOURS = /\x1b\[[0-9;]*m/g;

/**
 * A command exited 0 and printed `stdout` (the whole transcript in the failure), colours
 * aside. npm prints its `> script` banner on stdout too, so patterns match lines, not the
 * whole output.
 */
function expectSuccess(run: { code: number | null; stdout: string; stderr: string }, stdout: RegExp): string {
  const text = run.stdout.replace(COLOURS, '');
  expect({ code: run.code, stdout: text }).toEqual({ code: 0, stdout: expect.stringMatching(stdout) });
  return stdout.exec(text)![0];
}
const SESSION_TOKEN = /^gws_[\w-]+$/m;

describe("the README's commands", () => {
  it('are each checked or exempt with a reason, and every listed one is still in the README', () => {
    const inReadme = readmeCommands(README);
    expect(inReadme.filter((c) => !(c in README_COMMANDS))).toEqual([]);
    expect(Object.keys(README_COMMANDS).filter((c) => !inReadme.includes(c))).toEqual([]);
  });

  afterAll(() => {
    const listed = Object.entries(README_COMMANDS)
      .filter(([, c]) => 'project' in c && c.project === PROJECT)
      .map(([k]) => k);
    expect([...ran].sort()).toEqual(listed.sort());
  });

  (PROJECT === 'sqlite' ? describe : describe.skip)('on the embedded default (a fresh SQLite file)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-commands-'));
    const env = terminalEnv({ SQLITE_FILE: path.join(dir, 'gateway.sqlite'), PORT: '0' });
    let gateway: Started | undefined;
    let port = 0;
    let devToken = '';

    beforeAll(async () => {
      if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'main.js'))) throw new Error('dist/ is missing: `npm test` builds it first');
      gateway = startCommand(command('npm start'), env);
      port = Number((await gateway.waitFor(SERVING))[1]);
      devToken = (await gateway.waitFor(/development token \([^)]*\): (gws_[\w-]+)/))[1];
    }, 90_000);
    afterAll(async () => {
      await gateway?.interrupt();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('npm start serves the demo data to the README curl with the token it printed, and /health/live', async () => {
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      const script = [
        command('TOKEN=gws_...'),
        command(
          'curl -s -H \'content-type: application/json\' -H "authorization: Bearer $TOKEN" -d \'{"query":"{ appointments(max: 3) { paging { total } data { id title startDate } } }"}\' localhost:4000/graphql',
        ),
      ]
        .join('\n')
        .replace('gws_...', devToken)
        .replace('localhost:4000', `localhost:${port}`);
      const run = await runCommand(script, env);
      expect(run.code).toBe(0);
      const body = JSON.parse(run.stdout);
      expect(body.errors).toBeUndefined();
      expect(body.data.appointments.paging.total).toBe(300);
      expect(body.data.appointments.data).toHaveLength(3);
    });

    it('npm run token creates sessions and application tokens the running gateway accepts, revokes and lists them', async () => {
      const session = await runCommand(command('npm run token -- create --application planox2 --user emp-01 --remember-me'), env);
      expect((await graphql(port, expectSuccess(session, SESSION_TOKEN), VIEWER, 'planox2')).body.data.viewer).toEqual({
        role: 'EMPLOYEE',
        user: { reference: 'emp-01' },
        application: { slug: 'planox2' },
      });

      command('npm run token -- create --application <slug> [--user <reference>] [--remember-me]');
      const liaison = await runCommand('npm run token -- create --application planoorder --user lia-01', env);
      expect((await graphql(port, expectSuccess(liaison, SESSION_TOKEN), VIEWER, 'planoorder')).body.data.viewer).toEqual({
        role: 'LIAISON',
        user: { reference: 'lia-01' },
        application: { slug: 'planoorder' },
      });

      const app = await runCommand(command('npm run token -- create --application planox2 --name importer'), env);
      const appToken = expectSuccess(app, /^gwa_[\w-]+$/m);
      expect(
        (await graphql(port, appToken, '{ appointments(max: 1) { paging { total } } }', 'planox2')).body.data.appointments.paging.total,
      ).toBe(300);

      const revoked = await runCommand(command('npm run token -- revoke <token>').replace('<token>', appToken), env);
      expectSuccess(revoked, /^revoked$/m);
      const refused = await graphql(port, appToken, '{ appointments(max: 1) { paging { total } } }', 'planox2');
      expect(refused.status).toBe(401);
      expect(refused.body.errors[0].extensions.code).toBe('invalid-token');

      const list = await runCommand(command('npm run token -- list'), env);
      expectSuccess(list, /^kind +id +application/m);
      expect(list.stdout).toMatch(/application +\d+ +planox2 +importer .* \d{4}-\d\d-\d\dT\S+Z\n/);
      expect(list.stdout).toMatch(/emp-01/);
      expect(list.stdout).not.toMatch(/gw[sa]_/);
    });

    it('npm run migrate, seed and typeorm migration:show find the file npm start prepared', async () => {
      expectSuccess(await runCommand(command('npm run migrate'), env), /none pending/);
      expectSuccess(await runCommand(command('npm run seed'), env), /demo data already present/);
      expectSuccess(
        await runCommand(command('npm run typeorm -- migration:show'), env),
        /\[X\] 1 InitialSchema\d+\n\[X\] 2 QueryIndexes\d+/,
      );
      expectSuccess(await runCommand(command('npm run typeorm -- schema:log'), env), /Your schema is up to date/);
    });

    it.each([
      ['npm run schema', 'schema.graphql', /wrote .*schema\.graphql/],
      ['npm run codegen', 'examples/generated/graphql.ts', /wrote examples\/generated\/graphql\.ts/],
    ])('%s writes %s (put back as it was afterwards: the drift tests judge its content)', async (text, file, said) => {
      const before = fs.readFileSync(path.join(ROOT, file));
      try {
        expectSuccess(await runCommand(command(text), env), said);
      } finally {
        fs.writeFileSync(path.join(ROOT, file), before);
      }
    });
  });

  (PROJECT === 'mysql' ? describe : describe.skip)("on MySQL, with the README's DATABASE_URL", () => {
    // The README names this database literally: the test owns it while it runs.
    const admin = () => mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
    const env = terminalEnv({ PORT: '0' });
    let gateway: Started | undefined;

    beforeAll(async () => {
      const c = await admin();
      await c.query('DROP DATABASE IF EXISTS appointments');
      await c.query('CREATE DATABASE appointments CHARACTER SET utf8mb4');
      await c.end();
    });
    afterAll(async () => {
      await gateway?.interrupt();
      const c = await admin();
      await c.query('DROP DATABASE IF EXISTS appointments');
      await c.end();
    });

    it('migrates, seeds, shows the migrations, and serves the demo data', async () => {
      const url = 'DATABASE_URL=mysql://root@127.0.0.1:3306/appointments';
      expectSuccess(
        await runCommand(command(`${url} npm run migrate`), env),
        /migrations applied to MySQL at 127\.0\.0\.1:3306\/appointments: InitialSchema\d+, QueryIndexes\d+/,
      );
      expectSuccess(await runCommand(command(`${url} npm run seed`), env), /demo data loaded into MySQL .*: 300 appointments/);
      expectSuccess(
        await runCommand(command(`${url} npm run typeorm -- migration:show`), env),
        /\[X\] 1 InitialSchema\d+\n\[X\] 2 QueryIndexes\d+/,
      );

      gateway = startCommand(command(`${url} npm start`), env);
      const port = Number((await gateway.waitFor(SERVING))[1]);
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      const token = await runCommand(`${url} node dist/src/cli/token.js create --application planox2 --user emp-00`, env);
      const res = await graphql(port, expectSuccess(token, SESSION_TOKEN), '{ appointments(max: 3) { paging { total } data { id } } }');
      expect(res.body.data.appointments.paging.total).toBe(300);
      await gateway.interrupt();
      expect(gateway.output()).toMatch(/SIGINT: finishing requests in flight/);
    }, 120_000);
  });
});
