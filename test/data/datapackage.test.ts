import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";

const profile = JSON.parse(readFileSync("test/fixtures/vendor/datapackage-2.0.json", "utf8"));
const descriptor = JSON.parse(readFileSync("datapackage.json", "utf8")) as {
  version: string;
  licenses: { name: string }[];
  resources: {
    name: string;
    path: string;
    bytes: number;
    hash: string;
    schema?: { fields: { name: string }[] };
  }[];
};

describe("datapackage.json", () => {
  test("validates against the vendored Data Package v2 profile", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(profile);
    const ok = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test("the profile rejects a broken descriptor (the check can fail)", () => {
    const ajv = new Ajv({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(profile);
    expect(validate({ name: "x" })).toBe(false);
    expect(validate({ resources: [{ name: "a" }] })).toBe(false);
  });

  test("states the data licence and the package version", () => {
    expect(descriptor.licenses.map((l) => l.name)).toEqual(["OGL-UK-3.0"]);
    expect(descriptor.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  test("gives each resource's true size and sha256", () => {
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(resource.path);
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });

  test("describes each CSV's columns in the order of its header", () => {
    for (const resource of descriptor.resources.filter((r) => r.path.endsWith(".csv"))) {
      const header = readFileSync(resource.path, "utf8").split("\n", 1)[0]?.split(",");
      expect(resource.schema?.fields.map((f) => f.name)).toEqual(header);
    }
  });
});
