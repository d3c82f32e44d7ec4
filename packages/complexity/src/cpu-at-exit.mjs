// Preloaded into each CLI run (node --import): writes the CPU time the process used after start-up
// (user + system, microseconds) to the file named by PARLWIRE_CPU_FILE when it exits.
import { writeFileSync } from "node:fs";

const start = process.cpuUsage();
process.on("exit", () => {
  const used = process.cpuUsage(start);
  if (process.env.PARLWIRE_CPU_FILE) writeFileSync(process.env.PARLWIRE_CPU_FILE, String(used.user + used.system));
});
