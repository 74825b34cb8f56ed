// The mark of a checked scheme: the built-in schemes carry it, and validateScheme returns frozen copies that
// carry it. A function that trusts the mark need not bundle the whole validator (gradeScore stays under 2 KB).
const CHECKED = Symbol.for("crc-inspections.checked-scheme");

/** Marks a scheme object (before it is frozen) as checked; returns it. */
export function markChecked<T extends object>(scheme: T): T {
  return Object.defineProperty(scheme, CHECKED, { value: true });
}

/** Whether a value carries the checked-scheme mark. */
export function isMarkedChecked(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[CHECKED] === true;
}
