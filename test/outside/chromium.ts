// Headless Chromium for the outside checks, launched one way everywhere: the Debian browser found on PATH (or
// CHROMIUM_PATH), driven by playwright-core, with nothing of its own reaching the network (no first-run, background,
// component-update or sync traffic). Kept apart from tools.ts, which prerequisites.ts bundles before playwright-core
// has been fetched.
import { type Browser, chromium } from "playwright-core";
import { findChromium, requireTool } from "./tools.js";

/** Launches headless Chromium, or throws naming what installs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireTool(findChromium(), "Chromium"),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
