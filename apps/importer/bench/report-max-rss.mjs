// Preloaded into the CLI by the bench (node --import): prints the process's peak resident memory on exit.
process.on("exit", () => {
  process.stderr.write(`bench:maxRSS ${process.resourceUsage().maxRSS}\n`);
});
