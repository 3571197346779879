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

/*
 * JSON lines are buffered and written in batches: up to LOG_BATCH_BYTES, or every
 * LOG_FLUSH_MS when fewer come. pino's default writes each line with a blocking write(2) on the
 * request's own thread, and with one request line per request that was 6-7% of the gateway's
 * CPU on a page and more on a look-up; an asynchronous write per line still cost as much, since
 * handing each write to libuv's thread pool wakes a thread (bench/README.md, "Work off the
 * request's thread"). pino flushes the buffer synchronously when the process exits (exit,
 * uncaughtException, after SIGTERM/SIGINT); a hard kill or a power cut can lose the last
 * LOG_FLUSH_MS of lines.
 */
const LOG_BATCH_BYTES = 4096;
const LOG_FLUSH_MS = 100;

/** One logger for the process, writing to stdout in `format`. */
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
  return pino(options, pino.destination({ dest: 1, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS }));
}
