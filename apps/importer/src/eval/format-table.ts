import { fields, metrics, pooled, type Counts, type Scores } from "./score.js";

const f3 = (n: number) => n.toFixed(3);

function row(name: string, c: Counts): string {
  const m = metrics(c);
  return `| ${name.padEnd(26)} | ${String(c.tp).padStart(3)} | ${String(c.fp).padStart(3)} | ${String(c.fn).padStart(3)} | ${String(c.tn).padStart(4)} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.f1)} |`;
}

/** The score table as Markdown: one row per field, plus the three participant fields pooled. */
export function formatTable(scores: Scores): string {
  const lines = [
    `| ${"field".padEnd(26)} |  TP |  FP |  FN | both |     P |     R |    F1 |`,
    `|${"-".repeat(28)}|----:|----:|----:|-----:|------:|------:|------:|`,
  ];
  for (const field of fields) {
    lines.push(row(field, scores[field]));
    if (field === "participants.country") lines.push(row("participants (pooled)", pooled(scores)));
  }
  return lines.join("\n");
}
