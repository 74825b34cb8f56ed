// Writes the record types out as plain TypeScript, from the zod schemas, so the root and /data
// entries' declarations need no zod (whose types need the DOM's or Node's `URL`). The schemas stay
// the single source of truth: this module is generated from them, and test/schema/records.test-d.ts
// proves each written-out type equals `z.infer` of its schema.
import { z } from "zod";
import {
  AreaCode,
  AreaCodeList,
  AreaCoverage,
  AreaEvidence,
  PoliceForceArea,
} from "../../src/schema/area.js";
import {
  CopyOf,
  Evidence,
  EvidenceField,
  OwnerEvidence,
  OwnerEvidenceField,
  ProviderEvidence,
  ProviderEvidenceField,
} from "../../src/schema/evidence.js";
import { Caseload, Inspection, PartialCount, RatingCounts } from "../../src/schema/inspection.js";
import { Owner } from "../../src/schema/owner.js";
import {
  Framework,
  NotRated,
  PartialDate,
  ProviderKind,
  Rating,
  Round,
  StandardId,
} from "../../src/schema/primitives.js";
import { Ownership, Provider } from "../../src/schema/provider.js";

/** Types the package already writes out as unions of its constant arrays: referenced, not written. */
const IMPORTED = new Map<z.ZodType, { name: string; from: string }>([
  [Rating, { name: "Rating", from: "./ratings/RATINGS.js" }],
  [NotRated, { name: "NotRated", from: "./ratings/NOT_RATED.js" }],
  [StandardId, { name: "StandardId", from: "./standards/catalogue.js" }],
  [Framework, { name: "Framework", from: "./standards/catalogue.js" }],
  [Round, { name: "Round", from: "./standards/catalogue.js" }],
  [ProviderKind, { name: "ProviderKind", from: "./standards/catalogue.js" }],
]);

/** The records written out, in dependency order, with the schema each comes from. */
export const RECORD_TYPES: readonly (readonly [string, z.ZodType])[] = [
  ["PartialDate", PartialDate],
  ["Caseload", Caseload],
  ["RatingCounts", RatingCounts],
  ["PartialCount", PartialCount],
  ["CopyOf", CopyOf],
  ["EvidenceField", EvidenceField],
  ["Evidence", Evidence],
  ["ProviderEvidenceField", ProviderEvidenceField],
  ["ProviderEvidence", ProviderEvidence],
  ["OwnerEvidenceField", OwnerEvidenceField],
  ["OwnerEvidence", OwnerEvidence],
  ["Ownership", Ownership],
  ["Provider", Provider],
  ["Owner", Owner],
  ["Inspection", Inspection],
  ["AreaCode", AreaCode],
  ["PoliceForceArea", PoliceForceArea],
  ["AreaCodeList", AreaCodeList],
  ["AreaEvidence", AreaEvidence],
  ["AreaCoverage", AreaCoverage],
];

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly entries?: Record<string, string | number>;
  readonly values?: readonly unknown[];
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const enumKey = (schema: z.ZodType): string | undefined => {
  const def = defOf(schema);
  return def.type === "enum" ? JSON.stringify(Object.values(def.entries ?? {})) : undefined;
};
/** An imported enum under another name: `ProviderKind.meta({…})` is a copy of `ProviderKind`. */
function sameEnum(schema: z.ZodType): { name: string; from: string } | undefined {
  const key = enumKey(schema);
  if (key === undefined) return undefined;
  for (const [other, ref] of IMPORTED) if (enumKey(other) === key) return ref;
  return undefined;
}
const describe = (schema: z.ZodType): string | undefined => z.globalRegistry.get(schema)?.description;
const named = new Map<z.ZodType, string>();
const literal = (value: unknown): string => JSON.stringify(value);

function typeOf(schema: z.ZodType, indent: string, top = false): string {
  const imported = IMPORTED.get(schema) ?? sameEnum(schema);
  if (imported) return imported.name;
  const name = named.get(schema);
  if (name !== undefined && !top) return name;
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "enum":
      return Object.values(def.entries ?? {})
        .map(literal)
        .join(" | ");
    case "literal":
      return (def.values ?? []).map(literal).join(" | ");
    case "nullable":
      return `${typeOf(def.innerType as z.ZodType, indent)} | null`;
    case "optional":
      return `${typeOf(def.innerType as z.ZodType, indent)} | undefined`;
    case "readonly": {
      const inner = def.innerType as z.ZodType;
      const innerDef = defOf(inner);
      if (innerDef.type === "array") return `readonly ${element(innerDef.element as z.ZodType, indent)}[]`;
      if (innerDef.type === "object") return objectType(innerDef, indent, true);
      if (innerDef.type === "record") return recordType(innerDef, indent, true);
      return `Readonly<${typeOf(inner, indent)}>`;
    }
    case "array":
      return `${element(def.element as z.ZodType, indent)}[]`;
    case "object":
      return objectType(def, indent, false);
    case "record":
      return recordType(def, indent, false);
    case "union":
      return (def.options ?? []).map((o) => typeOf(o, indent)).join(" | ");
    case "pipe": {
      // A preprocessing step (the schema's size check) takes anything: the type is what it hands on.
      const from = def.in as z.ZodType;
      return defOf(from).type === "transform"
        ? typeOf((def as unknown as { out: z.ZodType }).out, indent, top)
        : typeOf(from, indent);
    }
    case "template_literal":
      // `partialCounts.${number}`: literal text as it is, each schema part as its type.
      return `\`${((def as unknown as { parts: readonly unknown[] }).parts ?? [])
        .map((part) =>
          typeof part === "string"
            ? part.replace(/[`$\\]/g, "\\$&")
            : `\${${typeOf(part as z.ZodType, indent)}}`,
        )
        .join("")}\``;
    default:
      throw new Error(`generate types: no TypeScript for a zod ${def.type}`);
  }
}

function element(schema: z.ZodType, indent: string): string {
  const text = typeOf(schema, indent);
  return /[|&]/.test(text) ? `(${text})` : text;
}

function objectType(def: Def, indent: string, readonly: boolean): string {
  const inner = `${indent}  `;
  const lines = Object.entries(def.shape ?? {}).map(([key, field]) => {
    const optional = defOf(field).type === "optional";
    const doc = describe(field);
    const prop = /^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key);
    return `${doc ? `${inner}/** ${doc} */\n` : ""}${inner}${readonly ? "readonly " : ""}${prop}${optional ? "?" : ""}: ${typeOf(field, inner)};`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function recordType(def: Def, indent: string, readonly: boolean): string {
  const key = def.keyType as z.ZodType;
  const value = typeOf(def.valueType as z.ZodType, indent);
  return `${readonly ? "Readonly<" : ""}Partial<Record<${typeOf(key, indent)}, ${value}>>${readonly ? ">" : ""}`;
}

/** The source of src/records.generated.ts. */
export function recordTypesModule(): string {
  named.clear();
  for (const [name, schema] of RECORD_TYPES) named.set(schema, name);
  const imports = new Map<string, Set<string>>();
  const out: string[] = [];
  for (const [name, schema] of RECORD_TYPES) {
    const meta = z.globalRegistry.get(schema);
    const text = typeOf(schema, "", true);
    const doc = meta?.description ?? name;
    out.push(
      `/**\n * ${doc}\n *\n * Written out from the zod schema \`${name}\` of \`crc-inspections/schema\`, which validates it.\n *\n * @category Records\n */`,
      text.startsWith("{") ? `export interface ${name} ${text}` : `export type ${name} = ${text};`,
      "",
    );
  }
  for (const { name, from } of IMPORTED.values()) {
    if (!out.some((line) => new RegExp(`\\b${name}\\b`).test(line))) continue;
    if (!imports.has(from)) imports.set(from, new Set());
    imports.get(from)?.add(name);
  }
  return [
    "// Generated by scripts/generate.ts from the zod schemas in src/schema/. Do not edit.",
    "// The record types as plain TypeScript, so the root and /data declarations need no zod;",
    "// test/schema/records.test-d.ts proves each equals z.infer of its schema.",
    ...[...imports].map(([from, names]) => `import type { ${[...names].sort().join(", ")} } from "${from}";`),
    "",
    ...out,
  ].join("\n");
}
