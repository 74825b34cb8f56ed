import { FRAMEWORKS, type Framework, ROUNDS, type Round } from "../standards/catalogue.js";
import { own } from "./args.js";
import { describe } from "./describe.js";

/**
 * An inspection's own `framework` and `round` (null for none), checked: `fn`'s RangeError naming `where` when either
 * is not one the package knows. The charts read these before deciding whether a record is drawn.
 */
export function recordEdition(
  record: object,
  where: string,
  fn: string,
): { framework: Framework; round: Round | null } {
  const framework = own(record, "framework");
  if (!(FRAMEWORKS as readonly unknown[]).includes(framework)) {
    throw new RangeError(`${fn}: ${where}.framework ${describe(framework)} is not a known framework`);
  }
  const round = own(record, "round");
  if (round !== null && !(ROUNDS as readonly unknown[]).includes(round)) {
    throw new RangeError(`${fn}: ${where}.round ${describe(round)} is not a known round`);
  }
  return { framework: framework as Framework, round: round as Round | null };
}
