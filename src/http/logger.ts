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

/** One logger for the process, writing to stdout in `format`. */
export function createLogger(level: string, format: LogFormat): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['req.headers.authorization', '*.token', '*.tokenHash'], censor: '[redacted]' },
    ...(format === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } }
      : {}),
  });
}
