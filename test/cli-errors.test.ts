import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand, terminalEnv } from './support/readme-commands';

// The embedded default is enough to show the one-line refusals: run once, in the sqlite project.
(process.env.TEST_DB === 'sqlite' ? describe : describe.skip)('commands on a database without the schema', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-errors-'));
  const file = path.join(dir, 'fresh.sqlite');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['npm run -s token -- list', 'npm run -s seed'])('%s says in one line to run npm run migrate first', async (command) => {
    const run = await runCommand(command, terminalEnv({ SQLITE_FILE: file }));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`error: SQLite file ${file} has pending migrations: run \`npm run migrate\` first\n`);
  });
});
