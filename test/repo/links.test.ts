// Every link and image in README.md resolves where the README is read: in a clone, in the repository's web view
// and in node_modules/crc-inspections. So the README links the files it names relatively, and each must exist in
// the repository and be in the packed tarball. (The package is not published, so links to a published copy, such
// as unpkg.com/crc-inspections@<version>/…, are dead; npmjs.com resolves relative links only against a repository
// URL, which the package does not have yet: the README says so.) The shipped guides (docs/*.md, CHANGELOG.md) link
// each other relatively too.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import pkg from "../../package.json" with { type: "json" };

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
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
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/heatmap-[^)]+\.svg\)/);
  });

  test("links no published copy of the package: it is not published", () => {
    const ownCopies = links.filter((t) =>
      /^https?:\/\/[^/]*(unpkg|jsdelivr|npmjs)[^/]*\/.*crc-inspections/.test(t),
    );
    expect(ownCopies).toEqual([]);
  });

  test("links each file it names relatively: it exists here and the tarball ships it", () => {
    const relative = links.filter((t) => !/^(https?:|mailto:|#)/.test(t));
    const paths = relative.map((t) => posix.normalize(decodeURI(t.split("#")[0] ?? "")));
    expect(paths.filter((path) => !existsSync(new URL(`../../${path}`, import.meta.url)))).toEqual([]);
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

  test("links no code-hosting repository, and says why package.json has no repository, homepage or bugs", () => {
    expect(links.filter((t) => CODE_HOSTS.test(t))).toEqual([]);
    expect(pkg).not.toHaveProperty("repository");
    expect(pkg).not.toHaveProperty("homepage");
    expect(pkg).not.toHaveProperty("bugs");
    const install = readme.split(/^## /m).find((s) => s.startsWith("Install\n")) ?? "";
    expect(install).toMatch(/no `repository`, `homepage` or `bugs`/);
    expect(install).toMatch(/npmjs\.com resolves relative links only against a `repository` URL/);
  });

  test("says how to install today, from a clone and from a tarball, and after publication", () => {
    const install = readme.split(/^## /m).find((s) => s.startsWith("Install\n")) ?? "";
    expect(install).toContain("npm ci && npm run build && npm pack");
    expect(install).toContain(`npm install /path/to/crc-inspections-${pkg.version}.tgz`);
    expect(install).toContain("npm install ./crc-inspections-<version>.tgz");
    expect(install).toContain("**After publication**: `npm install crc-inspections`");
    // Nowhere else does the README tell a reader to install from npm as if it were published.
    const elsewhere = readme.replace(install, "");
    expect(elsewhere).not.toMatch(/npm install crc-inspections/);
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
