import { parseArgs } from "node:util";
import { PROVIDER_KINDS, type ProviderKind, ROUNDS, type Round } from "../standards/catalogue.js";
import { UsageError } from "./errors.js";

/** A command's options, as `parseArgs` takes them. */
export type OptionSpecs = Readonly<
  Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>
>;

/** What {@link parseCommandArgs} returns: the option values (absent when not given) and the positionals. */
export interface Parsed<O extends OptionSpecs> {
  readonly values: { readonly [K in keyof O]?: O[K]["type"] extends "string" ? string : boolean } & {
    readonly help?: boolean;
  };
  readonly positionals: readonly string[];
}

/** The first sentence of one of `parseArgs`' messages, in our words where they are long. */
function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = String(e.message ?? error);
  // parseArgs names an option as '-f, --format <value>' or '--data <value>': show its long name.
  const option = /'(?:-[^-' ], )?(-[^' ,]*)/.exec(message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}`;
  if (/argument missing/.test(message)) return `option ${option} needs a value`;
  return message.split(/\.\s/)[0] as string;
}

/**
 * Parses a command's arguments strictly: unknown options and missing values throw a {@link UsageError}.
 * `--help` (`-h`) is added to every command's options.
 */
export function parseCommandArgs<const O extends OptionSpecs>(
  args: readonly string[],
  options: O,
): Parsed<O> {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }) as unknown as Parsed<O>;
  } catch (error) {
    throw new UsageError(reason(error));
  }
}

/** Reads `--round`: `2018/19`, `2019/20` or `2020/21` (a hyphen or underscore works too: `2020-21`). */
export function roundOption(value: string | undefined): Round | undefined {
  if (value === undefined) return undefined;
  const round = value.trim().replace(/^(\d{4})[-_](\d{2})$/, "$1/$2");
  if (!(ROUNDS as readonly string[]).includes(round)) {
    throw new UsageError(`unknown round ${JSON.stringify(value)} (expected ${listOf(ROUNDS)})`);
  }
  return round as Round;
}

/** `a, b or c`. */
export const listOf = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** Reads `--kind`: `crc` or `nps`, in any case. */
export function kindOption(value: string | undefined): ProviderKind | undefined {
  if (value === undefined) return undefined;
  const kind = value.trim().toLowerCase();
  if (!(PROVIDER_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`unknown kind ${JSON.stringify(value)} (expected ${PROVIDER_KINDS.join(" or ")})`);
  }
  return kind as ProviderKind;
}

/** Reads an option whose value is one of `choices`; `fallback` when it is not given. */
export function choiceOption<const C extends string>(
  name: string,
  value: string | undefined,
  choices: readonly C[],
  fallback: C,
): C {
  if (value === undefined) return fallback;
  const choice = value.trim().toLowerCase();
  if (!(choices as readonly string[]).includes(choice)) {
    throw new UsageError(`unknown ${name} ${JSON.stringify(value)} (expected ${choices.join(", ")})`);
  }
  return choice as C;
}

/** Checks the number of positional arguments. */
export function expectPositionals(
  positionals: readonly string[],
  min: number,
  max: number,
  what: string,
): void {
  if (positionals.length < min) throw new UsageError(`missing ${what}`);
  if (positionals.length > max) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[max])}`);
  }
}

/**
 * `--owner ID`: an owner id of the dataset's owners (any case), or undefined when not given. An unknown id is a
 * usage error that lists the ids.
 */
export function ownerOption(
  value: string | undefined,
  owners: readonly { readonly id: string }[],
): string | undefined {
  if (value === undefined) return undefined;
  const key = value.trim().toLowerCase();
  if (key === "") throw new UsageError("option --owner needs an owner id");
  const found = owners.find((o) => o.id === key);
  if (found === undefined) {
    throw new UsageError(
      `unknown owner ${JSON.stringify(value)} (expected one of ${owners
        .slice(0, 12)
        .map((o) => o.id)
        .join(", ")}${owners.length > 12 ? `, … ${owners.length - 12} more` : ""})`,
    );
  }
  return found.id;
}
