// Runs the whole suite twice: once against MySQL/MariaDB (TEST_DATABASE_URL) and once against
// the embedded SQLite default. With CI=true an unreachable MySQL fails the run; elsewhere the
// MySQL half is skipped with a warning.
const mysql = require('mysql2/promise');

const MYSQL_URL = process.env.TEST_DATABASE_URL || 'mysql://root@127.0.0.1:3306/test';

async function mysqlAnswers() {
  try {
    const conn = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 3000 });
    await conn.query('SELECT 1');
    await conn.end();
    return true;
  } catch (err) {
    return err;
  }
}

const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true }, diagnostics: false }],
};

function project(name) {
  return {
    displayName: name,
    testEnvironment: 'node',
    transform,
    roots: ['<rootDir>/src', '<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    setupFiles: [`<rootDir>/test/support/env.${name}.ts`],
    // Unit tests of pure rules (src/**) do not touch a database: run them once, in the sqlite half.
    testPathIgnorePatterns: name === 'mysql' ? ['/node_modules/', '<rootDir>/src/'] : ['/node_modules/'],
  };
}

module.exports = async () => {
  const answer = await mysqlAnswers();
  const projects = [project('sqlite')];
  if (answer === true) {
    projects.unshift(project('mysql'));
  } else if (process.env.CI === 'true') {
    throw new Error(`MySQL is required with CI=true but ${MYSQL_URL} did not answer: ${answer.message}`);
  } else {
    console.warn(`\nwarning: MySQL at ${MYSQL_URL} did not answer (${answer.message}); running the SQLite half only\n`);
  }
  return { projects, testTimeout: 60000 };
};
