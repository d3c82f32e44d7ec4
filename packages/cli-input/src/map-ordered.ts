/**
 * Runs `task` on each item with at most `limit` in flight and yields the results in input order, so
 * output stays deterministic while file reads overlap. `task` must not throw (return failures as values).
 */
export async function* mapOrdered<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, task: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    pending.push(task(item));
    if (pending.length >= limit) yield await (pending.shift() as Promise<R>);
  }
  while (pending.length) yield await (pending.shift() as Promise<R>);
}
