// Every text file the package ships is UTF-8 without a byte-order mark (the codebook says so): a BOM breaks
// `JSON.parse`, shows up as a stray character in the first CSV header of many readers (d3, csvkit, base R without
// `fileEncoding = "UTF-8-BOM"`), and a file in another encoding is garbled by every reader that assumes UTF-8.
// The shipped list is npm's own (`npm pack --dry-run`), so a file added to `files` is checked without a change here.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { describe, expect, test } from "vitest";

/** Files that are binary by design: the SQLite database and the Parquet files. */
const BINARY = new Set([".db", ".parquet"]);

/** Why `bytes` is not plain text (UTF-8 without a BOM), or undefined when it is. */
function plainTextProblem(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return "starts with a UTF-8 byte-order mark";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return "starts with a UTF-16 byte-order mark";
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "is not valid UTF-8";
  }
  return undefined;
}

function shippedFiles(): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  return (pack?.files ?? []).map((f) => f.path);
}

describe("plainTextProblem", () => {
  test("finds a BOM, UTF-16 and bytes that are not UTF-8, and passes ASCII and UTF-8", () => {
    const utf8 = new TextEncoder();
    expect(plainTextProblem(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatch(/UTF-8 byte-order mark/);
    expect(plainTextProblem(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatch(/UTF-16/);
    expect(plainTextProblem(new Uint8Array([0x61, 0xe9, 0x62]))).toMatch(/not valid UTF-8/); // Latin-1 "aéb"
    expect(plainTextProblem(utf8.encode("id,name\n"))).toBeUndefined();
    expect(plainTextProblem(utf8.encode("Requires improvement – 2019/20\n"))).toBeUndefined();
  });
});

describe("the shipped text files", () => {
  const files = shippedFiles();

  test("include the data, the docs and the binary data files (the list is npm's)", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "datapackage.json",
        "data/inspections.json",
        "data/inspections.csv",
        "docs/codebook.md",
        "data/crc-inspections.db",
        "data/inspections.parquet",
      ]),
    );
  });

  test("are all UTF-8 without a byte-order mark", () => {
    const problems = files
      .filter((path) => !BINARY.has(extname(path)))
      .map((path) => [path, plainTextProblem(readFileSync(path))] as const)
      .filter(([, problem]) => problem !== undefined)
      .map(([path, problem]) => `${path} ${problem}`);
    expect(problems).toEqual([]);
  });
});
