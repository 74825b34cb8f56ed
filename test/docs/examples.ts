// Extracts the `@example` blocks of the TSDoc comments under src/ so a test can run them.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface ExampleCheck {
  /** Where the example lives, e.g. `src/ratings/parseRating.ts#1`. */
  readonly where: string;
  /** Code to run before the expression (setup statements). */
  readonly setup: string;
  /** The expression whose value is checked. */
  readonly expression: string;
  /** The expected value, as written after `//=>`. */
  readonly expected: string;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".generated.ts")) yield path;
  }
}

/** The fenced code blocks inside `@example` tags of the file's doc comments, comment stars removed. */
export function exampleBlocks(source: string): string[] {
  const blocks: string[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = (comment[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    for (const example of body.matchAll(/@example\s*```(?:ts|js|typescript)?\n([\s\S]*?)```/g)) {
      blocks.push(example[1] ?? "");
    }
  }
  return blocks;
}

/**
 * Splits an example into checks: each `//=> value` line checks the statement just before it.
 * Statements before that one (ending in `;`) are setup, carried forward to later checks.
 */
export function exampleChecks(block: string, where: string): ExampleCheck[] {
  const checks: ExampleCheck[] = [];
  let setup = "";
  let pending: string[] = [];
  const lines = block.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const arrow = line.match(/^\s*\/\/=>\s?(.*)$/);
    if (!arrow) {
      pending.push(line);
      continue;
    }
    // The expected value may continue on following comment lines (`//   ...`).
    const expected = [arrow[1] ?? ""];
    while (i + 1 < lines.length && /^\s*\/\/\s{2,}/.test(lines[i + 1] ?? "")) {
      expected.push((lines[++i] ?? "").replace(/^\s*\/\//, ""));
    }
    // The checked statement starts after the last earlier line that ends a statement.
    const code = pending.filter((l) => l.trim() !== "" && !/^\s*\/\//.test(l));
    let start = code.length - 1;
    while (start > 0 && !/;\s*$/.test(code[start - 1] ?? "")) start--;
    const before = code.slice(0, Math.max(start, 0));
    const statement = code.slice(Math.max(start, 0)).join("\n").replace(/;\s*$/, "");
    setup += `${before.join("\n")}\n`;
    checks.push({ where, setup, expression: statement, expected: expected.join("\n") });
    pending = [];
  }
  return checks;
}

/** Every example check in the TypeScript files under `dir`. */
export function collectExamples(dir: string, root: string): ExampleCheck[] {
  const checks: ExampleCheck[] = [];
  for (const file of walk(dir)) {
    exampleBlocks(readFileSync(file, "utf8")).forEach((block, index) => {
      checks.push(...exampleChecks(block, `${relative(root, file)}#${index + 1}`));
    });
  }
  return checks;
}
