// What the browser tests share: launching Debian's Chromium, serving a built site on 127.0.0.1,
// and recording what a page tries to run (dialogs and the calls a payload would make).
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless Chromium with nothing running in the background (no network of its own, no updates). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Serves the files under `root` on 127.0.0.1 (a free port); anything outside it or missing is a 404. */
export async function serveFolder(root: string, mediaTypes: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^[/\\]+/, "");
    const file = join(root, path || "index.html");
    if (!file.startsWith(root + sep) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": mediaTypes[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` };
}

/**
 * Records on `page` every dialog (into `dialogs`, each dismissed) and, through a script the browser
 * injects before any page script, every call to alert/confirm/prompt/print/open into `window.__calls`.
 */
export async function recordPageCalls(page: Page, dialogs: string[]): Promise<void> {
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __calls: string[] }).__calls = calls;
    for (const name of ["alert", "confirm", "prompt", "print", "open"] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => void calls.push(`${name}(${args.join(",")})`);
    }
  });
}
