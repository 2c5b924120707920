// The UI's strings in both languages: every key the code uses exists in English and in
// Bahasa Indonesia, including keys built at run time from the core's enums (`level.${l}`),
// and the two languages have the same keys with the same {{placeholders}}.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { en } from "./en";
import { id } from "./id";

const languages = { en, id } as const;
const src = join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [path] : [];
  });
}

function lookup(strings: unknown, path: string): unknown {
  let node: unknown = strings;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    const record = node as Record<string, unknown>;
    // i18next plurals: "count" resolves to "count_one" / "count_other".
    node = part in record ? record[part] : record[`${part}_other`];
  }
  return node;
}

/** Every leaf of a strings object, as "a.b.c" → value. */
function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const sources = sourceFiles(src).map((file) => ({ file: file.split("/src/")[1]!, text: readFileSync(file, "utf8") }));

test.each(Object.keys(languages))("every t() key used in the UI is defined in %s", (language) => {
  const strings = languages[language as keyof typeof languages];
  const missing: string[] = [];
  for (const { file, text } of sources) {
    for (const match of text.matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) {
      if (typeof lookup(strings, match[1]!) !== "string") missing.push(`${match[1]} (${file})`);
    }
    // A key built at run time: its fixed part must hold a group of strings.
    for (const match of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)) {
      const group = lookup(strings, match[1]!);
      if (typeof group !== "object" || group === null) missing.push(`${match[1]}.* (${file})`);
    }
  }
  expect(missing).toEqual([]);
});

/** The values of a generated union type (`export type Level = "low" | "high";`), or the
 * field names of a generated object type (`{ personal: boolean, … }`). */
function typeValues(type: string): string[] {
  const text = readFileSync(join(src, "ipc", "bindings", `${type}.ts`), "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
  const body = /export type \w+ = ([^;]+);/.exec(text)?.[1] ?? "";
  if (body.trim().startsWith("{")) return [...body.matchAll(/(\w+)\??:/g)].map((m) => m[1]!);
  return [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

// Run-time keys whose last part is a value of one of the core's enums.
const enumKeys: [string, string][] = [
  ["level", "Level"],
  ["status", "LifecycleStatus"],
  ["severity", "Severity"],
  ["category", "VendorCategory"],
  ["flags", "CategoryFlags"],
  ["flagsLong", "CategoryFlags"],
  ["flagNames", "Flag"],
  ["substitutability", "Substitutability"],
  ["role", "Role"],
  ["freshness", "Freshness"],
  ["criticality", "Criticality"],
  ["assessmentStatus", "AssessmentStatus"],
  ["access", "AccessLevel"],
  ["transfer", "TransferMechanism"],
  ["reviewState", "ReviewState"],
  ["incidentStatus", "IncidentStatus"],
  ["findingStatus", "FindingStatus"],
  ["edgeKind", "EdgeKind"],
  ["documentKind", "DocumentKind"],
  ["answerKind", "AnswerKind"],
  ["org.financialEntityKind", "FinancialEntityKind"],
  ["org.nis2", "Nis2Status"],
  ["org.hipaa", "HipaaStatus"],
];

test.each(Object.keys(languages))("every value of the core's enums has its words in %s", (language) => {
  const strings = languages[language as keyof typeof languages];
  const missing = enumKeys.flatMap(([prefix, type]) =>
    typeValues(type)
      .map((value) => `${prefix}.${value}`)
      .filter((key) => typeof lookup(strings, key) !== "string"),
  );
  expect(missing).toEqual([]);
});

test("English and Bahasa Indonesia have the same keys and placeholders", () => {
  const english = leaves(en);
  const indonesian = leaves(id);
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(",");
  const problems: string[] = [];
  for (const [key, value] of english) {
    const other = indonesian.get(key);
    if (other === undefined) problems.push(`${key}: missing in id`);
    else if (placeholders(value) !== placeholders(other)) problems.push(`${key}: {{${placeholders(value)}}} vs {{${placeholders(other)}}}`);
  }
  for (const key of indonesian.keys()) if (!english.has(key)) problems.push(`${key}: missing in en`);
  expect(problems).toEqual([]);
});

test("the Indonesian strings use the Act's terms", () => {
  // UU 27/2022 writes "Pelindungan", never "Perlindungan" (../shared/INDONESIA.md).
  const wrong = [...leaves(id)].filter(([, v]) => /Perlindungan/i.test(v)).map(([k]) => k);
  expect(wrong).toEqual([]);
});
