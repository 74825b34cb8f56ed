// No zod here: the CLI formats the paths of the problems it finds before loading the schema.

/**
 * Formats an issue path as `[3].standards.leadership` (keys with spaces or dots in brackets).
 *
 * @param path - The path segments.
 * @returns The path in JavaScript accessor notation; `(root)` for an empty path.
 * @category Schema
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((p, i) =>
      typeof p === "number"
        ? `[${p}]`
        : /^[A-Za-z_$][\w$-]*$/.test(String(p))
          ? `${i ? "." : ""}${String(p)}`
          : `[${JSON.stringify(String(p))}]`,
    )
    .join("");
}
