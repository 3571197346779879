import pino from 'pino';
import { Writable } from 'node:stream';
import { lazyLogger } from './logger';

function capturing(): { log: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'info', base: undefined, redact: { paths: ['*.token'], censor: '[redacted]' } }, sink), lines };
}

describe('a lazy logger', () => {
  it('is not made until something logs through it', () => {
    const make = jest.fn(() => capturing().log);
    const log = lazyLogger(make);
    const copy = { ...{ log } };
    expect(copy.log).toBe(log);
    expect(make).not.toHaveBeenCalled();
  });

  it('writes what the logger it makes writes, bindings and redaction included, and makes it once', async () => {
    const { log: root, lines } = capturing();
    const make = jest.fn(() => root.child({ requestId: 'r-1' }));
    const log = lazyLogger(make);
    log.error({ cause: { token: 'secret' } }, 'unexpected error');
    log.warn('again');
    expect(log.isLevelEnabled('info')).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(make).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, requestId: 'r-1', cause: { token: '[redacted]' }, msg: 'unexpected error' }),
      expect.objectContaining({ level: 40, requestId: 'r-1', msg: 'again' }),
    ]);
  });
});
