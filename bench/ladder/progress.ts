/** A progress bar on stderr for long work: done of total, rate, and time left. */
export function progressBar(label: string, total: number) {
  const started = performance.now();
  let last = 0;
  const draw = (done: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < 200) return;
    last = now;
    const share = total ? done / total : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const seconds = (now - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const left = rate > 0 ? (total - done) / rate : 0;
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)} % ${done}/${total}  ${rate.toFixed(0)}/s  ${left.toFixed(0)} s left   `);
  };
  return {
    update: (done: number) => draw(done),
    done: () => {
      draw(total, true);
      process.stderr.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    },
  };
}
