/**
 * Every shell command the README shows (its ```sh blocks, and the `npm start|test|run ...` and
 * `docker compose ...` it names inline), as written there, and how test/readme-commands.test.ts
 * checks it. The test fails when the README gains a command this list does not cover, when a
 * listed command is gone from the README, and when a checked command is not run by its project.
 *
 * `project` is the jest project that runs it: `sqlite` commands run on the embedded default
 * (a fresh SQLITE_FILE in a temp dir, PORT=0); `mysql` ones on the README's literal
 * `mysql://root@127.0.0.1:3306/appointments`, dropped and recreated first. `runAs` is what runs
 * when the README's text has placeholders; `how` says what is asserted.
 */
export type CommandCheck = { project: 'sqlite' | 'mysql'; how: string; runAs?: string } | { exempt: string };

export const README_COMMANDS: Record<string, CommandCheck> = {
  'npm start': {
    project: 'sqlite',
    how: 'started on a fresh SQLite file; waits for the development token line; probed with /health/live, the README curl and the tokens below; Ctrl-C (SIGINT to its process group) stops every process',
  },
  'TOKEN=gws_...': {
    project: 'sqlite',
    runAs: 'TOKEN=<the token npm start printed>, run in one shell with the curl below',
    how: 'see the curl',
  },
  'curl -s -H \'content-type: application/json\' -H "authorization: Bearer $TOKEN" -d \'{"query":"{ appointments(max: 3) { paging { total } data { id title startDate } } }"}\' localhost:4000/graphql':
    {
      project: 'sqlite',
      runAs: 'the same, with localhost:<the port npm start bound> (PORT=0 picks a free one)',
      how: 'prints the demo data: paging.total 300 and 3 appointments, no errors',
    },
  'npm run token -- create --application planox2 --user emp-01 --remember-me': {
    project: 'sqlite',
    how: 'prints a gws_ token on which viewer is emp-01, employee, in planox2',
  },
  'npm run token -- create --application planox2 --name importer': {
    project: 'sqlite',
    how: 'prints a gwa_ token the gateway accepts',
  },
  'npm run token -- revoke <token>': {
    project: 'sqlite',
    runAs: 'npm run token -- revoke <the importer token printed above>',
    how: 'prints "revoked"; the gateway then answers that token invalid-token (401)',
  },
  'npm run token -- list': {
    project: 'sqlite',
    how: 'lists the importer token (revoked) and the sessions, and prints no token',
  },
  'npm run token -- create --application <slug> [--user <reference>] [--remember-me]': {
    project: 'sqlite',
    runAs: 'npm run token -- create --application planoorder --user lia-01',
    how: 'prints a gws_ token on which viewer is lia-01 acting as liaison in planoorder',
  },
  'npm run migrate': { project: 'sqlite', how: 'after npm start: exits 0, "none pending"' },
  'npm run seed': { project: 'sqlite', how: 'after npm start: exits 0, "demo data already present"' },
  'npm run typeorm -- migration:show': { project: 'sqlite', how: 'exits 0 and lists both migrations as applied ([X])' },
  'npm run typeorm -- schema:log': { project: 'sqlite', how: 'exits 0 and says the schema is up to date' },
  'npm run schema': { project: 'sqlite', how: 'exits 0 and says it wrote schema.graphql; the file is put back as it was' },
  'npm run codegen': { project: 'sqlite', how: 'exits 0 and says it wrote examples/generated/graphql.ts; the file is put back as it was' },

  'DATABASE_URL=mysql://root@127.0.0.1:3306/appointments npm run migrate': {
    project: 'mysql',
    how: 'on an empty appointments database: applies both migrations',
  },
  'DATABASE_URL=mysql://root@127.0.0.1:3306/appointments npm run seed': {
    project: 'mysql',
    how: 'loads the 300 demo appointments',
  },
  'DATABASE_URL=mysql://root@127.0.0.1:3306/appointments npm start': {
    project: 'mysql',
    how: 'with PORT=0: /health/ready 200, a token made by the token CLI reads the 300 demo appointments; Ctrl-C stops it',
  },
  'DATABASE_URL=mysql://root@127.0.0.1:3306/appointments npm run typeorm -- migration:show': {
    project: 'mysql',
    how: 'lists both migrations as applied ([X])',
  },

  'npm test': { exempt: 'it is the runner of this very test' },
  'npm run bench': { exempt: 'runs about 26 minutes on 1M rows (its --quick mode about 6); bench/README.md says how to run it' },
  'npm run bench -- --only=hot-row': {
    exempt: 'builds the 1M-row data set and loads the shared database; bench/README.md says how to run it',
  },
  'docker compose up --build': {
    exempt: 'no Docker engine on these machines; deploy-files.test.ts checks the files and startup-sequence.test.ts runs the entrypoint',
  },
  'docker compose up -d mysql': { exempt: 'no Docker engine on these machines; deploy-files.test.ts checks docker-compose.yml' },
};
