#!/bin/sh
# Start-up sequence of the container (and of test/startup-sequence.test.ts, which runs it
# without Docker): apply migrations, optionally load the demo data, then serve.
set -e
node dist/src/cli/migrate.js
if [ "${SEED_DEMO_DATA:-false}" = "true" ]; then
  node dist/src/cli/seed.js
fi
exec node dist/src/main.js
