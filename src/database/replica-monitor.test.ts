import { ConfigError, loadConfig } from '../config/config';
import { judgeReplica } from './replica-monitor';

describe('judgeReplica', () => {
  const mariadb = (io: string, sql: string, lag: number | null) => ({
    Slave_IO_Running: io,
    Slave_SQL_Running: sql,
    Seconds_Behind_Master: lag,
  });

  it('is up while both threads run within the lag bound', () => {
    expect(judgeReplica(mariadb('Yes', 'Yes', 5), 5)).toEqual({ state: 'up', lagSeconds: 5 });
    expect(judgeReplica({ Replica_IO_Running: 'Yes', Replica_SQL_Running: 'Yes', Seconds_Behind_Source: '0' }, 5)).toEqual({
      state: 'up',
      lagSeconds: 0,
    });
  });

  it('is lagging past the bound, or when the lag is unknown', () => {
    expect(judgeReplica(mariadb('Yes', 'Yes', 6), 5)).toEqual({ state: 'lagging', lagSeconds: 6 });
    expect(judgeReplica(mariadb('Yes', 'Yes', null), 5)).toEqual({ state: 'lagging', lagSeconds: null });
  });

  it('is down when a thread is stopped or the server is no replica', () => {
    expect(judgeReplica(mariadb('Connecting', 'Yes', null), 5).state).toBe('down');
    expect(judgeReplica(mariadb('Yes', 'No', null), 5).state).toBe('down');
    expect(judgeReplica(undefined, 5)).toEqual({ state: 'down', lagSeconds: null });
  });
});

describe('replica configuration', () => {
  const primary = 'mysql://app:pw@db-primary:3306/sched';

  it('reads DATABASE_REPLICA_URLS and the replica settings, with their defaults', () => {
    expect(loadConfig({ DATABASE_URL: primary }).replicas).toEqual({ urls: [], maxLagSeconds: 5, checkIntervalMs: 2000 });
    const config = loadConfig({
      DATABASE_URL: primary,
      DATABASE_REPLICA_URLS: 'mysql://ro:pw@db-r1/sched, mysql://ro:pw@db-r2:3307/sched',
      REPLICA_MAX_LAG_SECONDS: '30',
      REPLICA_CHECK_INTERVAL_MS: '500',
    });
    expect(config.replicas.urls.map((u) => `${u.user}@${u.host}:${u.port}/${u.database}`)).toEqual([
      'ro@db-r1:3306/sched',
      'ro@db-r2:3307/sched',
    ]);
    expect(config.replicas).toMatchObject({ maxLagSeconds: 30, checkIntervalMs: 500 });
  });

  it('names every bad entry by its position, never its password', () => {
    const load = () =>
      loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://ro:secret@r1/sched,postgres://ro:secret@r2/x,mysql://r3/' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      'DATABASE_REPLICA_URLS entry 2 must start with mysql:// (got postgres://); DATABASE_REPLICA_URLS entry 3 must name one database, e.g. mysql://root@127.0.0.1:3306/appointments',
    );
    expect(load).not.toThrow(/secret/);
  });

  it('refuses replicas without a MySQL primary, and bad replica settings', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'mysql://r1/sched' })).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/);
    expect(() => loadConfig({ REPLICA_MAX_LAG_SECONDS: 'soon' })).toThrow(/REPLICA_MAX_LAG_SECONDS must be a whole number/);
    expect(() => loadConfig({ REPLICA_CHECK_INTERVAL_MS: '10' })).toThrow(/REPLICA_CHECK_INTERVAL_MS must be between 100/);
  });
});
