/**
 * Freezes a value and everything reachable from it; returns the same value. A value already frozen is taken as done
 * (so cycles end). Runs at import on the whole dataset, in the interpreter: arrays by index and no call for a
 * primitive, which made the import's freeze about three times cheaper than a call per property value.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "object" && item !== null) deepFreeze(item);
    }
  } else {
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const item = (value as Record<string, unknown>)[keys[i] as string];
      if (typeof item === "object" && item !== null) deepFreeze(item);
    }
  }
  return value;
}
