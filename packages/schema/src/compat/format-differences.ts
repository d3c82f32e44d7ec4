import type { Difference } from "./diff-schemas.js";
import { compatibilityModes, type CompatibilityMode } from "./rules.js";

/** Renders differences one per line: verdict in `mode`, path, rule, message, and the modes it breaks. */
export function formatDifferences(differences: readonly Difference[], mode: CompatibilityMode, indent = ""): string {
  return differences
    .map((d) => {
      const verdict = d.breaks[mode] ? "BREAKS" : "ok    ";
      const modes = compatibilityModes.filter((m) => d.breaks[m]);
      return `${indent}${verdict} ${safe(d.path)}  ${d.rule}: ${safe(d.message)} (breaks: ${modes.length ? modes.join(", ") : "nothing"})`;
    })
    .join("\n");
}

/** One line saying whether `mode` holds. */
export function formatSummary(differences: readonly Difference[], mode: CompatibilityMode): string {
  const breaking = differences.filter((d) => d.breaks[mode]).length;
  const count = `${differences.length} difference${differences.length === 1 ? "" : "s"}`;
  if (breaking === 0) return `${count}; compatible in mode ${mode}.`;
  return `${count}; ${breaking} break${breaking === 1 ? "s" : ""} ${mode} compatibility.`;
}

// Property names come from untrusted schema files: keep terminal control characters out of the output.
function safe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
