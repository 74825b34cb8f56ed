// A real browser: a page that imports the package's ESM build (from the packed tarball,
// bundled by esbuild) is served on 127.0.0.1 and loaded in headless Chromium (Debian's, found on
// PATH), driven by playwright-core (fetched by test:outside). The page renders the 2018/19 CRC league table; the test
// reads the DOM. Any request not to 127.0.0.1 is blocked and fails the test.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type ConsumerProject, createConsumer, node, REPO_ROOT } from "../../consumers/helpers.js";
import { launchChromium } from "../chromium.js";
import { findChromium, requireTool } from "../tools.js";

const PAGE = join(REPO_ROOT, "test/outside/browser/page");

describe("the package in headless Chromium", () => {
  let project: ConsumerProject;
  let server: Server;
  let origin: string;
  let browser: Browser | undefined;
  let bundle: string;

  beforeAll(async () => {
    requireTool(findChromium(), "Chromium"); // fail before the slow set-up, not after it
    project = await createConsumer("browser", inject("tarball"), {
      type: "module",
      copy: {
        "index.html": join(PAGE, "index.html"),
        "main.js": join(PAGE, "main.js"),
        "expected.mjs": join(PAGE, "expected.mjs"),
      },
    });
    const result = await build({
      entryPoints: [join(project.dir, "main.js")],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    bundle = result.outputFiles[0]?.text ?? "";
    const html = readFileSync(join(PAGE, "index.html"), "utf8");
    server = createServer((req, res) => {
      if (req.url === "/" || req.url === "/index.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      } else if (req.url === "/main.js") {
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(bundle);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    project?.remove();
  });

  test("the page bundle is the ESM build, without zod", () => {
    expect(bundle).toContain("leagueTable");
    expect(bundle).not.toContain("ZodError");
  });

  /** A page whose requests beyond 127.0.0.1 are blocked and recorded, with its errors recorded. */
  async function guardedPage(b: Browser) {
    const context = await b.newContext();
    const blocked: string[] = [];
    const requested: string[] = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      requested.push(url.href);
      if (url.hostname === "127.0.0.1") return route.continue();
      blocked.push(url.href);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    return { context, page, blocked, requested, errors };
  }

  test("the network guard blocks and records any request beyond 127.0.0.1", async () => {
    if (browser === undefined) throw new Error("Chromium did not start");
    const { context, page, blocked } = await guardedPage(browser);
    await page.goto(`${origin}/`);
    await page.evaluate(() => fetch("http://192.0.2.1/probe").catch(() => undefined));
    expect(blocked).toEqual(["http://192.0.2.1/probe"]);
    await context.close();
  });

  test("renders the 2018/19 CRC league table, offline but for 127.0.0.1", async () => {
    if (browser === undefined) throw new Error("Chromium did not start");
    const { context, page, blocked, requested, errors } = await guardedPage(browser);

    await page.goto(`${origin}/`);
    await page.waitForSelector("body[data-state]");
    const state = await page.getAttribute("body", "data-state");
    const status = await page.textContent("#status");
    expect({ state, status }).toMatchObject({ state: "ready" });

    const headers = await page.$$eval("#league thead th", (ths) => ths.map((th) => th.textContent));
    expect(headers).toEqual(["Rank", "Provider", "Overall", "Score", "Complete"]);
    const cells = await page.$$eval("#league tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")),
    );
    const providerIds = await page.$$eval("#league tbody tr", (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.providerId ?? ""),
    );

    // Stable facts: round one rated all 21 CRCs; ranks start at 1 and never fall; best rating first.
    expect(cells).toHaveLength(21);
    expect(new Set(providerIds).size).toBe(21);
    expect(providerIds.every((id) => id.endsWith("-crc"))).toBe(true);
    const ranks = cells.map((row) => Number(row[0]));
    expect(ranks[0]).toBe(1);
    expect(ranks.every((rank, i) => i === 0 || rank >= (ranks[i - 1] as number))).toBe(true);
    const order = ["Outstanding", "Good", "Requires improvement", "Inadequate"];
    const overall = cells.map((row) => order.indexOf(row[2] as string));
    expect(overall.every((o) => o >= 0)).toBe(true);
    expect(overall.every((o, i) => i === 0 || o >= (overall[i - 1] as number))).toBe(true);

    // The browser renders exactly what the package computes in Node.
    const { stdout } = await node(["expected.mjs"], project.dir);
    expect({ cells, providerIds }).toEqual(JSON.parse(stdout));

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(requested.length).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
