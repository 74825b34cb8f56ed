// A small valid dataset for schema tests: two providers, three inspections, one owner.
const PR = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/05/example/";

export const validProviders = () => [
  {
    id: "example-crc",
    name: "Example Community Rehabilitation Company",
    kind: "crc",
    aliases: ["EX"],
    areas: ["Example"],
    owners: [{ ownerId: "example-owner", asNamed: "Example Owner Ltd", from: "2015-02" }],
    evidence: [
      {
        url: PR,
        publisher: "HM Inspectorate of Probation",
        kind: "primary",
        fields: ["name", "areas", "owners.0"],
      },
    ],
  },
  {
    id: "nps-example",
    name: "National Probation Service Example Division",
    kind: "nps",
    aliases: [],
    areas: ["Example"],
    owners: [],
    evidence: [
      { url: PR, publisher: "HM Inspectorate of Probation", kind: "primary", fields: ["name", "areas"] },
    ],
  },
];

export const validInspections = () => [
  {
    id: "example-crc-2018-19",
    providerId: "example-crc",
    providerKind: "crc",
    framework: "hmip-2018",
    round: "2018/19",
    fieldworkStart: "2018-11",
    published: "2019-05-08",
    overall: "requires-improvement",
    standards: { leadership: "good", "unpaid-work": "good" },
    ratingCounts: { outstanding: 0, good: 3, "requires-improvement": 7, inadequate: 0 },
    caseload: { value: 3000, qualifier: "nearly" },
    owner: "example-owner",
    chiefInspector: "Dame Glenys Stacey",
    reportUrl: PR,
    evidence: [
      {
        url: PR,
        publisher: "HM Inspectorate of Probation",
        kind: "primary",
        date: "2019-05-08",
        fields: [
          "fieldworkStart",
          "published",
          "overall",
          "standards.leadership",
          "standards.unpaid-work",
          "caseload",
          "owner",
          "chiefInspector",
          "reportUrl",
        ],
      },
      {
        url: "https://example.org/news",
        publisher: "Example News",
        kind: "secondary",
        fields: ["ratingCounts"],
      },
    ],
  },
  {
    id: "example-crc-2019-20",
    providerId: "example-crc",
    providerKind: "crc",
    framework: "hmip-2018",
    round: "2019/20",
    overall: "not-rated",
    notRatedReason: "Fieldwork stopped early.",
    standards: {},
    caseload: null,
    evidence: [
      { url: PR, publisher: "HM Inspectorate of Probation", kind: "primary", fields: ["notRatedReason"] },
    ],
  },
  {
    id: "nps-example-2017-qi",
    providerId: "nps-example",
    providerKind: "nps",
    framework: "quality-and-impact",
    round: null,
    published: "2017-11",
    overall: "not-rated",
    notRatedReason: "Quality & Impact inspections gave no ratings.",
    standards: {},
    caseload: null,
    evidence: [
      {
        url: PR,
        publisher: "HM Inspectorate of Probation",
        kind: "primary",
        fields: ["published", "notRatedReason"],
      },
    ],
  },
];

export const validOwners = () => [
  {
    id: "example-owner",
    name: "Example Owner",
    members: ["Example Partner", "Example Charity"],
    evidence: [
      {
        url: "https://docslib.org/doc/1/example-report",
        publisher: "docslib (document-mirror site)",
        kind: "primary",
        copyOf: { publisher: "HM Inspectorate of Probation", title: "An inspection of Example CRC" },
        fields: ["name", "members"],
      },
    ],
  },
];
