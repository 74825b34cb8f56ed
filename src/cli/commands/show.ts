import { compareTimeline } from "../../internal/chronology.js";
import { partialCountText } from "../../internal/partialCountText.js";
import { NOT_RATED } from "../../ratings/NOT_RATED.js";
import { RATINGS, type Rating } from "../../ratings/RATINGS.js";
import { ratingLabel } from "../../ratings/ratingLabel.js";
import type { Evidence, Inspection, Owner, Provider } from "../../schema/index.js";
import { possibleOverallRatings } from "../../scoring/possibleOverallRatings.js";
import { possibleStandardRatings } from "../../scoring/possibleStandardRatings.js";
import { scoreInspection } from "../../scoring/scoreInspection.js";
import type { ScoreEvidence } from "../../scoring/types.js";
import { STANDARD_CATALOGUE, type StandardId } from "../../standards/catalogue.js";
import { standardsFor } from "../../standards/standardsFor.js";
import { choiceOption, expectPositionals, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { escapeText } from "../escape.js";
import { findProvider } from "../findProvider.js";
import { loadDataset } from "../load.js";
import { groupDigits, json, scoreText, terminalCell } from "../output.js";

const HELP = `Usage: crc-inspections show <provider> [--format text|json] [--data FILE]

A provider and its timeline: every inspection, oldest first, the unrated Quality & Impact
area inspections (2016-2018) beside the rated rounds (2018/19, 2019/20, 2020/21). Then each
inspection: dates, area, caseload, overall rating, every standard (unknown shown as unknown),
the score all the evidence allows and what narrowed it, the overall ratings and the ratings
of unknown standards still possible, and the sources.
<provider> is an id (west-yorkshire-crc), a name as any command prints it (West Yorkshire CRC,
"West Yorkshire Community Rehabilitation Company") or an alias (DLNR, BGSW, KSS, …), in any
case and with any punctuation.

Options:
  --format FORMAT  text (default) or json
  --data FILE      use your own JSON (validated first) instead of the embedded dataset
  -h, --help       show this help
`;

const KIND_NAME = {
  crc: "Community Rehabilitation Company",
  nps: "National Probation Service division",
} as const;
const QUALIFIER = {
  exact: "",
  "more-than": "more than ",
  nearly: "nearly ",
  around: "around ",
  approximately: "approximately ",
} as const;

/** One `label: value` line; the value (a dataset's text, perhaps) is escaped for the terminal here. */
const field = (label: string, value: string): string => `  ${`${label}:`.padEnd(17)}${escapeText(value)}\n`;

function standardLines(inspection: Inspection): string {
  if (inspection.round === null) return field("standards", "none (this framework rated no standards)");
  const edition = STANDARD_CATALOGUE.find(
    (e) =>
      e.framework === inspection.framework &&
      e.kind === inspection.providerKind &&
      e.round === inspection.round,
  );
  const ids = standardsFor(inspection.framework, inspection.providerKind, inspection.round);
  const known = ids.filter((id) => inspection.standards[id] !== undefined).length;
  let out = field("standards", `${known} of ${ids.length} known`);
  for (const id of ids) {
    const s = edition?.standards.find((x) => x.id === id);
    const name = s === undefined ? id : `${s.number ?? "-"} ${s.name}`;
    const rating = inspection.standards[id];
    out += `    ${name.padEnd(36)}${rating === undefined ? "unknown" : ratingLabel(rating)}\n`;
  }
  return out;
}

/** What kind of inspection it was, in a few words: "2018/19 inspection", "Quality & Impact inspection of Durham". */
function kindOf(inspection: Inspection): string {
  if (inspection.round !== null) return `${inspection.round} inspection`;
  return inspection.area === undefined
    ? "Quality & Impact inspection"
    : `Quality & Impact inspection of ${inspection.area}`;
}

function overallWord(inspection: Inspection): string {
  return inspection.overall === NOT_RATED
    ? "not rated"
    : inspection.overall === undefined
      ? "rating unknown"
      : ratingLabel(inspection.overall);
}

/** One line per inspection, oldest first: when, what, and the overall rating. */
function timelineText(own: readonly Inspection[]): string {
  let out = `\nTimeline (${own.length} inspection${own.length === 1 ? "" : "s"}, oldest first):\n`;
  // Each kind is cut to a table cell's width, so a long area does not pad every line to its length.
  const width = own.reduce((w, i) => Math.max(w, terminalCell(kindOf(i)).length), 0) + 2;
  for (const i of own) {
    out += `  ${(i.published ?? "date unknown").padEnd(14)}${terminalCell(kindOf(i)).padEnd(width)}${overallWord(i)}\n`;
  }
  return out;
}

const EVIDENCE_NAME: Readonly<Record<ScoreEvidence, string>> = {
  standards: "known standards",
  ratingCounts: "rating counts",
  partialCounts: "partial counts",
  overall: "overall rating",
};

/** The conclusions of the one evidence model: score, the overall ratings and unknown standards' ratings still possible. */
function evidenceLines(inspection: Inspection): string {
  const score = scoreInspection(inspection);
  const by = score.narrowedBy.map((e) => EVIDENCE_NAME[e]).join(", ");
  let out = field(
    "score",
    `${scoreText(score)} of 30 (unofficial; ${score.known} of ${score.total} standards known; ` +
      `${by === "" ? "nothing narrows it" : `narrowed by ${by}`})`,
  );
  if (score.contradiction !== undefined) {
    const { overall, band } = score.contradiction;
    out += field(
      "contradiction",
      `the published ${ratingLabel(overall)} (${band.min}–${band.max}) is outside what the other evidence allows ` +
        `(${scoreText(score.withoutOverall)}) under the unverified scheme`,
    );
  }
  out += field("overall allowed", possibleOverallRatings(inspection).map(ratingLabel).join(", "));
  const possible = possibleStandardRatings(inspection);
  const unknown = Object.entries(possible).find(
    ([id]) => inspection.standards[id as StandardId] === undefined,
  );
  if (unknown !== undefined) {
    out += field("unknown can be", (unknown[1] as readonly Rating[]).map(ratingLabel).join(", "));
  }
  return out;
}

/** An owner id with its name, and the source's own wording where it differs: "Purple Futures [purple-futures]". */
function ownerText(owners: ReadonlyMap<string, Owner>, id: string, asNamed: string | undefined): string {
  const name = owners.get(id)?.name;
  const base = name === undefined ? id : `${name} [${id}]`;
  return asNamed === undefined ? base : `${base}, named "${asNamed}" in the source`;
}

/** A source's line (two with the original of a copy); the dataset's text in it escaped for the terminal. */
function sourceLine(e: Pick<Evidence, "publisher" | "kind" | "date" | "url" | "copyOf">): string {
  const t = escapeText;
  const when = e.date === undefined ? "" : `, ${t(e.date)}`;
  if (e.copyOf === undefined) return `${t(e.publisher)} (${e.kind}${when}): ${t(e.url)}`;
  const { publisher, title, url } = e.copyOf;
  return (
    `COPY at ${t(e.publisher)} of ${t(publisher)}'s ${title === undefined ? "document" : `"${t(title)}"`} (${e.kind}${when}): ${t(e.url)}` +
    (url === undefined ? "\n        original: address not known" : `\n        original: ${t(url)}`)
  );
}

function inspectionText(inspection: Inspection, owners: ReadonlyMap<string, Owner>): string {
  const heading =
    inspection.round === null
      ? `${kindOf(inspection)} (no ratings) — ${inspection.id}`
      : `${inspection.round} inspection — ${inspection.id}`;
  let out = `\n${escapeText(heading)}\n`;
  if (inspection.area !== undefined) out += field("area", inspection.area);
  out += field("fieldwork start", inspection.fieldworkStart ?? "unknown");
  out += field("published", inspection.published ?? "unknown");
  out += field(
    "caseload",
    inspection.caseload === null
      ? "unknown"
      : `${QUALIFIER[inspection.caseload.qualifier]}${groupDigits(inspection.caseload.value)}`,
  );
  if (inspection.owner !== undefined)
    out += field("owner", ownerText(owners, inspection.owner, inspection.ownerAsNamed));
  if (inspection.chiefInspector !== undefined) out += field("chief inspector", inspection.chiefInspector);
  out += field(
    "overall",
    inspection.overall === NOT_RATED
      ? `not rated${inspection.notRatedReason === undefined ? "" : ` (${inspection.notRatedReason})`}`
      : inspection.overall === undefined
        ? "unknown (rated, but no source read so far states it)"
        : ratingLabel(inspection.overall),
  );
  if (inspection.round !== null) {
    out += standardLines(inspection);
    if (inspection.ratingCounts !== undefined) {
      const counts = inspection.ratingCounts;
      out += field(
        "rating counts",
        RATINGS.filter((r) => counts[r] > 0)
          .map((r) => `${counts[r]} ${ratingLabel(r)}`)
          .join(", "),
      );
    }
    if (inspection.partialCounts !== undefined) {
      out += field("partial counts", inspection.partialCounts.map(partialCountText).join("; "));
    }
    out += evidenceLines(inspection);
  }
  if (inspection.reportUrl !== undefined) out += field("report", inspection.reportUrl);
  if (inspection.notes !== undefined) out += field("notes", inspection.notes);
  out += field("sources", String(inspection.evidence.length));
  inspection.evidence.forEach((e, i) => {
    out += `    [${i + 1}] ${sourceLine(e)}\n`;
    out += `        supports: ${escapeText(e.fields.join(", "))}\n`;
  });
  return out;
}

function providerText(provider: Provider, owners: ReadonlyMap<string, Owner>): string {
  let out = `${escapeText(provider.name)}\n`;
  out += field("id", provider.id);
  out += field("kind", `${provider.kind} (${KIND_NAME[provider.kind]})`);
  if (provider.aliases.length > 0) out += field("aliases", provider.aliases.join(", "));
  out += field("areas", provider.areas.join("; "));
  if (provider.owners.length > 0) {
    out += field(
      "owners",
      provider.owners
        .map((o) =>
          o.from === undefined && o.to === undefined
            ? ownerText(owners, o.ownerId, o.asNamed)
            : `${ownerText(owners, o.ownerId, o.asNamed)} (${o.from ?? "?"} to ${o.to ?? "?"})`,
        )
        .join("; "),
    );
  }
  return out;
}

export const show: Command = {
  name: "show",
  summary: "a provider and its inspections, every standard and source",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string", short: "f" },
      data: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 1, 1, "the provider's id or alias");
    const format = choiceOption("format", values.format, ["text", "json"] as const, "text");
    const { providers, inspections, owners } = await loadDataset(values.data, io.stdin);
    const ownerById = new Map(owners.map((o) => [o.id, o]));
    const provider = findProvider(providers, positionals[0] as string);
    const own = inspections.filter((i) => i.providerId === provider.id).sort(compareTimeline);
    if (format === "json") {
      const ids = new Set([...provider.owners.map((o) => o.ownerId), ...own.map((i) => i.owner)]);
      io.stdout(json({ provider, inspections: own, owners: owners.filter((o) => ids.has(o.id)) }));
      return 0;
    }
    io.stdout(
      providerText(provider, ownerById) +
        (own.length === 0
          ? "\nNo inspections in the dataset.\n"
          : timelineText(own) + own.map((i) => inspectionText(i, ownerById)).join("")),
    );
    return 0;
  },
};
