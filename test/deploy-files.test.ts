import fs from 'node:fs';
import path from 'node:path';

/*
 * There is no Docker engine on the development and CI machines, so the Dockerfile and the
 * compose file are kept correct by reading them: every image named is a known official tag,
 * everything copied exists, every command run exists, and the runtime user is not root.
 * (test/startup-sequence.test.ts runs the container's start-up sequence without Docker.)
 */
const root = path.join(__dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
// Official images and tags that exist on Docker Hub (checked by hand when changed).
const KNOWN_IMAGES = new Set(['node:20-bookworm-slim', 'mysql:8.4']);

const describeOnce = process.env.TEST_DB === 'sqlite' ? describe : describe.skip;

describeOnce('Dockerfile and docker-compose.yml', () => {
  const dockerfile = read('Dockerfile');
  const compose = read('docker-compose.yml');
  const pkg = JSON.parse(read('package.json'));

  it('name only known images', () => {
    const fromImages = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
    const composeImages = [...compose.matchAll(/^\s+image:\s*(\S+)/gm)].map((m) => m[1]);
    expect(fromImages.length).toBeGreaterThan(0);
    for (const image of [...fromImages, ...composeImages]) expect(KNOWN_IMAGES).toContain(image);
  });

  it('copy only files that exist and run only scripts that exist', () => {
    for (const m of dockerfile.matchAll(/^COPY\s+(?!--from)(?:--\S+\s+)*(.+)\s+\S+$/gm)) {
      for (const source of m[1].trim().split(/\s+/)) expect(fs.existsSync(path.join(root, source))).toBe(true);
    }
    for (const m of dockerfile.matchAll(/npm run (\w+)/g)) expect(pkg.scripts[m[1]]).toBeDefined();
    expect(dockerfile).toMatch(/npm ci/);
    expect(fs.existsSync(path.join(root, 'package-lock.json'))).toBe(true);
  });

  it('start the built entry points that the build produces', () => {
    const entrypoint = read('docker/entrypoint.sh');
    const entries = [...entrypoint.matchAll(/node (dist\/\S+\.js)/g)].map((m) => m[1]);
    expect(entries).toEqual(['dist/src/cli/migrate.js', 'dist/src/cli/seed.js', 'dist/src/main.js']);
    for (const entry of entries) {
      const source = entry.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect(fs.existsSync(path.join(root, source))).toBe(true);
    }
  });

  it('run as a non-root user with a readiness healthcheck', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/health\/ready/);
  });

  it('point the gateway at the compose MySQL service and wait for it to be healthy', () => {
    expect(compose).toMatch(/DATABASE_URL: mysql:\/\/gateway:gateway@mysql:3306\/appointments/);
    expect(compose).toMatch(/condition: service_healthy/);
    expect(compose).toMatch(/MYSQL_DATABASE: appointments/);
    expect(compose).toMatch(/build: \./);
  });
});
