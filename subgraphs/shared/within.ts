/**
 * `work`'s result, or a rejection with `late()`'s error when it has not settled within `ms`.
 * For answers that must not hold a request up (Redis, a replica's poll): the work itself goes on,
 * its late result is dropped.
 */
export function within<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
