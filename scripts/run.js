#!/usr/bin/env node
// Runs a compiled entry point (`node scripts/run.js main`), installing dependencies and building
// first when needed, so `npm start` works on a fresh clone. Plain JavaScript: it runs before any
// dependency is installed.
'use strict';
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// The entry point's arguments must look as they would to `node dist/src/<entry>.js`: drop the
// entry name, so `npm run token -- list` hands the token command `list`, not `cli/token list`.
const entry = process.argv.splice(2, 1)[0] || 'main';

function newestMtime(dir) {
  let newest = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    const t = item.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  process.stderr.write('installing dependencies (npm ci)...\n');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
const built = path.join(root, 'dist', 'src', `${entry}.js`);
const sources = Math.max(newestMtime(path.join(root, 'src')), fs.statSync(path.join(root, 'ormconfig.ts')).mtimeMs);
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sources) {
  process.stderr.write('building (tsc)...\n');
  execSync('npx tsc -p tsconfig.build.json', { cwd: root, stdio: 'inherit' });
}
require(built);
