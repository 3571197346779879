import { GateTimeout, WriteGate } from './write-gate';

const tick = () => new Promise((r) => setImmediate(r));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WriteGate', () => {
  it('runs writes of one key one at a time, in arrival order, while other keys go on', async () => {
    const gate = new WriteGate(5);
    const order: string[] = [];
    const first = deferred();
    const a1 = gate.run('row:1', 10_000, undefined, async () => {
      order.push('a1');
      await first.promise;
    });
    const a2 = gate.run('row:1', 10_000, undefined, async () => order.push('a2'));
    const b = gate.run('row:2', 10_000, undefined, async () => order.push('b'));
    await b;
    await tick();
    expect(order).toEqual(['a1', 'b']);
    expect(gate.busy).toBe(1);
    first.resolve();
    await Promise.all([a1, a2]);
    expect(order).toEqual(['a1', 'b', 'a2']);
    expect(gate.busy).toBe(0);
  });

  it('lets no more writes than its slots hold a connection, and a write that waits past its bound leaves with GateTimeout', async () => {
    const gate = new WriteGate(2);
    const held = deferred();
    const running = [
      gate.run(undefined, 10_000, undefined, () => held.promise),
      gate.run(undefined, 10_000, undefined, () => held.promise),
    ];
    await tick();
    let ran = false;
    await expect(gate.run(undefined, 50, undefined, async () => (ran = true))).rejects.toBeInstanceOf(GateTimeout);
    expect(ran).toBe(false);
    held.resolve();
    await Promise.all(running);
    expect(gate.busy).toBe(0);
  });

  it('a write behind one that gave up still waits for the one still running ahead of both', async () => {
    const gate = new WriteGate(5);
    const held = deferred();
    const order: string[] = [];
    const first = gate.run('row:1', 10_000, undefined, async () => {
      await held.promise;
      order.push('first');
    });
    const quitter = gate.run('row:1', 20, undefined, async () => order.push('quitter'));
    const third = gate.run('row:1', 10_000, undefined, async () => order.push('third'));
    await expect(quitter).rejects.toBeInstanceOf(GateTimeout);
    await tick();
    expect(order).toEqual([]);
    held.resolve();
    await Promise.all([first, third]);
    expect(order).toEqual(['first', 'third']);
  });

  it('a waiting write whose request ends leaves the queue with the signal reason, without running', async () => {
    const gate = new WriteGate(1);
    const held = deferred();
    const running = gate.run(undefined, 10_000, undefined, () => held.promise);
    const ended = new AbortController();
    const reason = new Error('client gone');
    let ran = false;
    const waiting = gate.run(undefined, 10_000, ended.signal, async () => (ran = true));
    ended.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    held.resolve();
    await running;
    expect(ran).toBe(false);
    expect(gate.busy).toBe(0);
  });
});
