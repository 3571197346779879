import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { APPLICATIONS, isApplication } from '../accounts/applications';
import { APPLICATION_TOKEN_ROLES, isApplicationTokenRole } from '../accounts/roles';
import { createApplicationToken, createSession, listTokens, revokeToken, revokeTokenById, TokenError } from '../accounts/token.service';
import { runCli } from './bootstrap';

const USAGE = `usage:
  npm run token -- create --application <slug> [--user <reference>] [--remember-me] [--name <name>] [--role employee]
  npm run token -- revoke <token>
  npm run token -- revoke --session <id> | --app-token <id>
  npm run token -- list
applications: ${Object.keys(APPLICATIONS).join(', ')}`;

class UsageError extends Error {}

async function create(db: DataSource, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      application: { type: 'string' },
      user: { type: 'string' },
      'remember-me': { type: 'boolean', default: false },
      name: { type: 'string' },
      role: { type: 'string', default: 'employee' },
    },
  });
  if (!isApplication(values.application)) throw new UsageError('--application must be one of the applications below');
  if (values.user) {
    const { token, session } = await createSession(db, {
      userReference: values.user,
      application: values.application,
      rememberMe: values['remember-me'],
    });
    process.stderr.write(
      `session ${session.id} for ${values.user} in ${values.application}${session.rememberMe ? ' (remember me)' : ''}; the token is shown once:\n`,
    );
    process.stdout.write(`${token}\n`);
    return;
  }
  if (!isApplicationTokenRole(values.role)) throw new UsageError(`--role must be one of: ${APPLICATION_TOKEN_ROLES.join(', ')}`);
  const name = values.name ?? values.application;
  const { token, record } = await createApplicationToken(db, { application: values.application, name, role: values.role });
  process.stderr.write(`application token ${record.id} "${name}" for ${values.application} as ${record.role}; the token is shown once:\n`);
  process.stdout.write(`${token}\n`);
}

async function revoke(db: DataSource, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { session: { type: 'string' }, 'app-token': { type: 'string' } },
  });
  let done: boolean;
  if (positionals.length === 1 && !values.session && !values['app-token']) {
    done = await revokeToken(db, positionals[0]);
  } else if (positionals.length === 0 && (values.session ?? values['app-token']) && !(values.session && values['app-token'])) {
    const id = Number(values.session ?? values['app-token']);
    if (!Number.isInteger(id) || id < 1) throw new UsageError('the id must be a positive integer');
    done = await revokeTokenById(db, values.session ? 'session' : 'application', id);
  } else {
    throw new UsageError('revoke takes one token, or --session <id>, or --app-token <id>');
  }
  if (!done) throw new TokenError('no such token, or it was revoked already');
  process.stdout.write('revoked\n');
}

async function list(db: DataSource): Promise<void> {
  const rows = await listTokens(db);
  const iso = (d: Date | null) => (d ? d.toISOString() : '-');
  process.stdout.write(
    'kind         id  application  owner                role      remember  created                   last used                 revoked\n',
  );
  for (const r of rows) {
    process.stdout.write(
      `${[
        r.kind.padEnd(11),
        String(r.id).padStart(3),
        (r.application ?? '-').padEnd(11),
        r.owner.padEnd(20),
        (r.role ?? '-').padEnd(9),
        (r.rememberMe ? 'yes' : 'no').padEnd(8),
        iso(r.createdAt).padEnd(24),
        iso(r.lastUsedAt).padEnd(24),
        iso(r.revokedAt),
      ].join('  ')}\n`,
    );
  }
}

/** `npm run token -- create | revoke | list`: manages sessions and application tokens. Tokens are printed once, at creation. */
void runCli(
  async (_config, db) => {
    const [command, ...args] = process.argv.slice(2);
    try {
      if (command === 'create') await create(db, args);
      else if (command === 'revoke') await revoke(db, args);
      else if (command === 'list') await list(db);
      else throw new UsageError(command ? `unknown command ${command}` : 'a command is required');
    } catch (err) {
      if (!(err instanceof UsageError || err instanceof TokenError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')))
        throw err;
      process.stderr.write(`error: ${(err as Error).message}\n${err instanceof UsageError ? `${USAGE}\n` : ''}`);
      process.exitCode = 2;
    }
  },
  { requireMigrated: true },
);
