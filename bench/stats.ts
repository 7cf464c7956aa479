/** Median and interquartile range of a sample (linear interpolation between order statistics). */
export function summarise(values: readonly number[]): { median: number; q1: number; q3: number; min: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const index = (sorted.length - 1) * p;
    const low = Math.floor(index);
    const high = Math.ceil(index);
    return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (index - low);
  };
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, n: sorted.length };
}

/** Times a synchronous piece of work `runs` times with performance.now(), after `warmUps` discarded runs. */
export function timeRuns(work: () => unknown, runs: number, warmUps = 1): ReturnType<typeof summarise> {
  for (let i = 0; i < warmUps; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
