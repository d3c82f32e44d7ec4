// Preloaded into a measured process (node --import): prints its peak resident memory and CPU time on exit.
process.on("exit", () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`bench:maxRSS ${process.resourceUsage().maxRSS}\nbench:cpuMicros ${cpu.user + cpu.system}\n`);
});
