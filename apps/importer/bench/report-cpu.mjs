// Preloaded into the CLI by the bench (node --import): writes the CPU time used after start-up
// (user + system, microseconds) to the file named by PARLWIRE_CPU_FILE on exit.
import { writeFileSync } from "node:fs";

const start = process.cpuUsage();
process.on("exit", () => {
  const used = process.cpuUsage(start);
  if (process.env.PARLWIRE_CPU_FILE) writeFileSync(process.env.PARLWIRE_CPU_FILE, String(used.user + used.system));
});
