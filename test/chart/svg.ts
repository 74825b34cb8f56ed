// Helpers the chart tests share.

/** How many times `text` occurs in `svg`. */
export const count = (svg: string, text: string): number => svg.split(text).length - 1;

/** A crude well-formedness check: every opened element is closed, in order. */
export function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name as string);
  }
  return stack.length === 0;
}
