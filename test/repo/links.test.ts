// Every link and image in README.md resolves for someone reading it on npmjs.com or in
// node_modules/crc-inspections: npmjs.com does not resolve relative links (there is no public
// repository to rewrite them against), so the README links the published copy of each file it
// names, https://unpkg.com/crc-inspections@<this version>/<path>, and the file must be in the
// packed tarball. The shipped guides (docs/*.md, CHANGELOG.md) link each other relatively, which
// resolves inside the installed package.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import pkg from "../../package.json" with { type: "json" };

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const PUBLISHED = `https://unpkg.com/${pkg.name}@${pkg.version}/`;
const CODE_HOSTS = /^https?:\/\/([a-z0-9-]+\.)*(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\//i;

/** Link and image targets of a Markdown text: inline, reference-style and HTML; code is skipped. */
function targets(markdown: string): string[] {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  return [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? ""),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1] ?? ""),
    ...[...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1] ?? ""),
  ];
}

/** GitHub-style heading anchors of a Markdown text. */
function anchors(markdown: string): Set<string> {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return new Set(
    [...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) =>
      (m[1] ?? "")
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .replace(/\s/g, "-"),
    ),
  );
}

let shipped: Set<string>;
beforeAll(() => {
  const json = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [report] = JSON.parse(json) as [{ files: { path: string }[] }];
  shipped = new Set(report.files.map((f) => f.path));
});

describe("README.md on npmjs.com and in node_modules", () => {
  const readme = read("README.md");
  const links = targets(readme);

  test("finds the links and images to check", () => {
    expect(links.length).toBeGreaterThanOrEqual(15);
    expect(readme).toMatch(/!\[[^\]]+\]\(https:\/\/unpkg\.com\//);
  });

  test("has no relative links: they do not resolve on npmjs.com", () => {
    const relative = links.filter((t) => !/^(https?:|mailto:|#)/.test(t));
    expect(relative).toEqual([]);
  });

  test("links each named file's published copy at this version, and the tarball ships the file", () => {
    const published = links.filter((t) => t.startsWith("https://unpkg.com/"));
    expect(published.filter((t) => !t.startsWith(PUBLISHED))).toEqual([]);
    const paths = published.map((t) => decodeURI(t.slice(PUBLISHED.length).split("#")[0] ?? ""));
    expect(paths.filter((path) => !shipped.has(path))).toEqual([]);
    // The guides, the pictures, the changelog, the citation file and the licence are among them.
    for (const path of [
      "docs/methodology.md",
      "docs/codebook.md",
      "docs/coverage.md",
      "docs/corrections.md",
      "docs/performance.md",
      "docs/notebooks.md",
      "docs/heatmap-2018-19-crc.svg",
      "docs/heatmap-2018-19-nps.svg",
      "docs/heatmap-2019-20.svg",
      "CHANGELOG.md",
      "CITATION.cff",
      "LICENSE",
    ]) {
      expect(paths).toContain(path);
    }
  });

  test("links no code-hosting repository: the package has no public repository", () => {
    expect(links.filter((t) => CODE_HOSTS.test(t))).toEqual([]);
    expect(pkg).not.toHaveProperty("repository");
  });

  test("in-page anchors name a heading", () => {
    const headings = anchors(readme);
    for (const t of links.filter((l) => l.startsWith("#"))) expect(headings).toContain(t.slice(1));
  });

  test("states the data-versioning policy: patch, minor and major", () => {
    const section = readme.split(/^## /m).find((s) => s.startsWith("Versioning\n")) ?? "";
    expect(section).toMatch(/\*\*patch\*\*: documentation only/);
    expect(section).toMatch(
      /\*\*minor\*\*: data additions and corrections that keep every field, and new functions/,
    );
    expect(section).toMatch(/\*\*major\*\*: renamed or removed fields, exports or CSV columns/);
  });
});

describe("the shipped guides", () => {
  test("link only files the tarball ships, or the web", () => {
    const guides = [...shipped].filter((path) => path.endsWith(".md"));
    expect(guides).toEqual(expect.arrayContaining(["README.md", "CHANGELOG.md", "docs/methodology.md"]));
    const broken: string[] = [];
    for (const guide of guides) {
      for (const target of targets(read(guide))) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const [path = "", anchor] = target.split("#");
        const resolved = posix.normalize(posix.join(posix.dirname(guide), decodeURI(path)));
        if (!shipped.has(resolved)) broken.push(`${guide}: ${target}`);
        else if (anchor !== undefined && resolved.endsWith(".md") && !anchors(read(resolved)).has(anchor))
          broken.push(`${guide}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
