import pino, { Logger } from 'pino';
import { ConfigError } from '../config/config';

export type LogFormat = 'pretty' | 'json';

/** True when pino-pretty is installed: it is a development dependency, absent from the production image. */
function prettyInstalled(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/**
 * The log format: LOG_FORMAT when set, else pretty for a person at a terminal and JSON lines
 * for whatever reads a pipe or a file (log shippers, `docker logs`). Without pino-pretty a
 * terminal gets JSON, and LOG_FORMAT=pretty is a configuration error.
 */
export function logFormatFor(configured: LogFormat | null, stdoutIsTerminal: boolean): LogFormat {
  if (configured === 'pretty' && !prettyInstalled()) {
    throw new ConfigError('LOG_FORMAT=pretty needs pino-pretty, a development dependency that is not installed');
  }
  return configured ?? (stdoutIsTerminal && prettyInstalled() ? 'pretty' : 'json');
}

/**
 * A logger made on its first use. A request's logger is a pino child bound to its request id,
 * and making one runs the redaction over its bindings; most requests log nothing but their
 * request line, so they never make it. Copies of the context (Apollo clones it) share it.
 */
export function lazyLogger(make: () => Logger): Logger {
  let real: Logger | undefined;
  const target = () => (real ??= make());
  return new Proxy({} as Logger, {
    get(_, prop) {
      const logger = target();
      const value: unknown = Reflect.get(logger, prop, logger);
      return typeof value === 'function' ? value.bind(logger) : value;
    },
    set: (_, prop, value) => Reflect.set(target(), prop, value),
    has: (_, prop) => prop in target(),
  });
}

/**
 * One logger for the process, writing to stdout in `format`.
 *
 * JSON lines go to stdout asynchronously (pino's `sync: false` destination): pino's default
 * writes each line with a blocking write(2) on the request's own thread, and with one request
 * line per request that was 6-7% of the gateway's CPU on a page and more on a look-up
 * (bench/README.md, "The request line off the request's thread"). Lines written while a write
 * is in flight go out together in the next one; nothing waits for a fill level, so a quiet
 * gateway's line appears at once. Pino flushes what is left synchronously when the process
 * exits (exit, uncaughtException, SIGTERM/SIGINT handled or not); only a hard kill or a power
 * cut can lose the lines of the last write.
 */
export function createLogger(level: string, format: LogFormat): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: ['req.headers.authorization', '*.token', '*.tokenHash'], censor: '[redacted]' },
  };
  if (format === 'pretty') {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } },
    });
  }
  return pino(options, pino.destination({ dest: 1, sync: false }));
}
