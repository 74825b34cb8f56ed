// Sizes first: zod checks every item of a list before it checks the list's length, and gathers the items' issues
// with spread calls, so a record of 100,000 empty sources cost a gigabyte and overflowed the call stack. A record
// is measured here first, and handed to its schema only when every list and object in it is of a size the schema
// could accept; otherwise its problems are the sizes, one issue each.
import { z } from "zod";
import { SCHEMA_LIMITS } from "./limits.js";

/** How deep a record's lists and objects are measured: deeper than any part of a record's schema. */
const DEPTH = 5;

const hop = Object.prototype.hasOwnProperty;

/** One size problem: where, and what. */
export interface SizeIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * Measures a value down to {@link DEPTH} levels: the lists of more than {@link SCHEMA_LIMITS}.list items and the
 * objects of more than as many own keys, each reported and not looked into; and, when there are none, a copy of
 * it down to the same depth with objects of no prototype and only their own enumerable keys (zod lists a strict
 * object's unknown keys with `for…in`, which would report keys added to Object.prototype as the record's own).
 * Linear in the size of the value.
 */
export function measure(value: unknown): { readonly issues: SizeIssue[]; readonly copy: unknown } {
  const issues: SizeIssue[] = [];
  const visit = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node !== "object" || node === null || path.length > DEPTH) return node;
    if (Array.isArray(node)) {
      if (node.length > SCHEMA_LIMITS.list) {
        issues.push({
          path,
          message: `expected at most ${SCHEMA_LIMITS.list} items, got ${node.length}`,
        });
        return node;
      }
      const copy: unknown[] = [];
      for (let i = 0; i < node.length; i++)
        copy.push(hop.call(node, i) ? visit(node[i], [...path, i]) : undefined);
      return copy;
    }
    const keys: string[] = [];
    for (const key in node) {
      if (!hop.call(node, key)) continue;
      if (keys.length === SCHEMA_LIMITS.list) {
        issues.push({ path, message: `expected an object of at most ${SCHEMA_LIMITS.list} keys` });
        return node;
      }
      keys.push(key);
    }
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of keys) copy[key] = visit((node as Record<string, unknown>)[key], [...path, key]);
    return copy;
  };
  const copy = visit(value, []);
  return { issues, copy };
}

/**
 * A copy of a parsed record with objects of no prototype (see {@link measure}), for the checks across its fields to
 * read: zod's output objects inherit from Object.prototype, where a polluted `area` would read as present.
 */
export function ownCopy<T>(record: T): T {
  return measure(record).copy as T;
}

/**
 * `schema`, behind a measure of the record's sizes: a record with a list or an object too big for the schema gets
 * one issue for each, and is not parsed further; any other is parsed as its copy of own keys (see {@link measure}).
 */
export function bounded<T extends z.ZodType>(schema: T): z.ZodPreprocess<T, unknown> {
  return z.preprocess((value, ctx) => {
    const { issues, copy } = measure(value);
    for (const issue of issues) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input: value });
    }
    return issues.length > 0 ? value : copy;
  }, schema);
}
