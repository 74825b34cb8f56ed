// The mark of a checked scheme: the built-in schemes carry it, and validateScheme returns frozen copies that
// carry it. A function that trusts the mark need not bundle the whole validator (gradeScore stays under 2 KB).
//
// The mark is membership of this module-private WeakSet, not a property: nothing outside the package can add a
// scheme to it, so a hand-made object cannot pass for a checked scheme. tsup's code splitting puts this module in
// one chunk per format, shared by every entry of that build (test/size checks the dist chunks). An ESM scheme and a
// CJS function do not share it (the dual-package hazard): such a scheme is checked again, and gradeScore refuses it.
const checked = /* @__PURE__ */ new WeakSet<object>();

/** Marks a scheme object as checked (it must be deeply frozen, or about to be, and valid); returns it. */
export function markChecked<T extends object>(scheme: T): T {
  checked.add(scheme);
  return scheme;
}

/** Whether a value is a scheme this package checked (or built). */
export function isMarkedChecked(value: unknown): boolean {
  return checked.has(value as object);
}
