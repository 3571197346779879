import DataLoader from 'dataloader';
import type { RequestContext } from './request-context';

/** A DataLoader that also answers without a promise for keys it has already loaded. */
export type SettledLoader<K, V> = DataLoader<K, V> & {
  /** The value when it is loaded already (a page's relations are preloaded), else a promise of it. */
  get(key: K): V | Promise<V>;
  /** Records a value read by another statement (a joined row): later loads of `key` use it. */
  settle(key: K, value: V): void;
};

/** One statement for many keys: the values in the order of `keys`, as the request's actor may see them. */
export type Batch<K, V> = (ctx: RequestContext, keys: readonly K[]) => Promise<V[]>;

function settledLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>): SettledLoader<K, V> {
  const settled = new Map<K, V>();
  const loader = new DataLoader<K, V>(async (keys) => {
    const values = await load(keys);
    keys.forEach((key, i) => settled.set(key, values[i]));
    return values;
  });
  return Object.assign(loader, {
    get: (key: K) => (settled.has(key) ? settled.get(key)! : loader.load(key)),
    settle: (key: K, value: V) => {
      if (settled.has(key)) return;
      settled.set(key, value);
      loader.prime(key, value);
    },
  });
}

/**
 * The per-request loaders: one per batch function (a relation's target), made on first use,
 * so a page of N rows costs one statement per relation, not N, and two relations to the same
 * target (an appointment's customer and its order's customer) share one batch. Built fresh for
 * every request: nothing is cached across callers.
 */
export class Loaders {
  private readonly loaders = new Map<Batch<never, never>, SettledLoader<never, never>>();

  constructor(private readonly ctx: () => RequestContext) {}

  of<K, V>(batch: Batch<K, V>): SettledLoader<K, V> {
    let loader = this.loaders.get(batch as unknown as Batch<never, never>) as SettledLoader<K, V> | undefined;
    if (!loader) {
      loader = settledLoader<K, V>((keys) => batch(this.ctx(), keys));
      this.loaders.set(batch as unknown as Batch<never, never>, loader as unknown as SettledLoader<never, never>);
    }
    return loader;
  }
}
