/**
 * Wall-clock budgets in tests, read as the fastest of several tries. The test workers share the machine's cores with
 * each other and with the child processes of the integration tests, so any one try can be slowed by a neighbour; no
 * neighbour can make a try faster. The fastest try is therefore the figure closest to the code's own cost, and a real
 * regression still shows, because it makes every try slow.
 */

/** The fastest of `tries` runs of `run`, in milliseconds. */
export function fastestMs(run: () => unknown, tries = 3): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const start = process.hrtime.bigint();
    run();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

/**
 * Microseconds per call of `run` over `values`, from the fastest of `batches` batches of `rounds` passes over all the
 * values. One untimed pass first, so the first batch does not pay for compiling `run`.
 */
export function fastestMicrosPerCall<T>(run: (value: T) => unknown, values: readonly T[], rounds: number, batches = 7): number {
  for (const value of values) run(value);
  const ms = fastestMs(() => {
    for (let round = 0; round < rounds; round += 1) for (const value of values) run(value);
  }, batches);
  return (ms * 1000) / (rounds * values.length);
}
