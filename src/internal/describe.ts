/** The most characters of a string argument an error message quotes. */
const QUOTE_MAX = 40;

/** A string quoted and escaped (control characters included), cut to `QUOTE_MAX` characters with its length said. */
function quote(text: string): string {
  return text.length <= QUOTE_MAX
    ? JSON.stringify(text)
    : `${JSON.stringify(text.slice(0, QUOTE_MAX))}… (${text.length} characters)`;
}

/**
 * A short rendering of a bad argument for an error message, bounded in size and time whatever the value: strings
 * quoted (the first 40 characters), numbers as written (`-0` too), else the kind of value. It never stringifies
 * an object or an array, never calls a getter and never lets a Proxy's trap throw out of it.
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return value > 10n ** 20n || value < -(10n ** 20n) ? "a bigint" : `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
  }
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return "an array";
  } catch {
    return "an object";
  }
  return "an object";
}

/** An id for an error message: as it is when short and plain (`west-yorkshire-crc-2019-20`), else described. */
export function describeId(value: unknown): string {
  return typeof value === "string" && /^[\w./-]{1,80}$/.test(value) ? value : describe(value);
}
