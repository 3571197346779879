import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { parseMysqlUrl } from '../src/config/config';
import { TEST_MYSQL_URL } from './support/test-database';

const root = path.join(__dirname, '..');
const describeMysql = process.env.TEST_DB === 'mysql' ? describe : describe.skip;

/**
 * The container's start-up sequence (docker/entrypoint.sh: migrate, seed, serve), run without
 * Docker against a fresh MariaDB database: what an operator gets from `docker compose up`, and
 * what `npm run migrate && npm run seed && npm start` gives on MySQL.
 */
describeMysql('start-up sequence on MySQL', () => {
  const name = `t_startup_${process.pid}`;
  const server = parseMysqlUrl(TEST_MYSQL_URL, 'TEST_DATABASE_URL');
  const url = new URL(TEST_MYSQL_URL);
  url.pathname = `/${name}`;
  let child: ChildProcess | undefined;
  const admin = () => mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });

  beforeAll(async () => {
    if (!fs.existsSync(path.join(root, 'dist', 'src', 'main.js'))) throw new Error('dist/ is missing: `npm test` builds it first');
    const c = await admin();
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
    await c.end();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    const c = await admin();
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await c.end();
  });

  it('migrates, seeds, serves demo appointments, and stops cleanly', async () => {
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: url.toString(),
      SEED_DEMO_DATA: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
    };
    child = spawn('/bin/sh', ['docker/entrypoint.sh'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const onData = (chunk: Buffer) => {
        out += chunk;
        const m = /serving http:\/\/localhost:(\d+)\/graphql/.exec(out);
        if (m) resolve(Number(m[1]));
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);

    const token = execFileSync(process.execPath, ['dist/src/cli/token.js', 'create', '--application', 'planox2', '--user', 'emp-00'], {
      cwd: root,
      env,
      encoding: 'utf8',
    }).trim();
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-application': 'planox2' },
      body: JSON.stringify({ query: '{ appointments(max: 3) { paging { total } data { id title startDate } } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.appointments.paging.total).toBe(300);
    expect(body.data.appointments.data).toHaveLength(3);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
