import { importRelease } from "../src/import-release.js";
const MB = 1 << 20;
const head = "Title\n\n15 April 2021 | 21:25\n\n";
for (const [name, text] of [["caps", head + "Mr A B C D E ".repeat(MB / 13)], ["repeated", head + "Chair of the Milli Majlis Sahiba Gafarova met with Speaker John Sample. ".repeat(MB / 80)]] as const) {
  const t = performance.now();
  try { importRelease({ text }); } catch (e) { console.log((e as Error).message.slice(0, 80)); }
  console.log(name, (performance.now() - t).toFixed(0), "ms");
}
