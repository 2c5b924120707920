// Every translation key the UI uses exists in the English strings.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { en } from "./en";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [path] : [];
  });
}

function has(path: string): boolean {
  let node: unknown = en;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return false;
    const record = node as Record<string, unknown>;
    // i18next plurals: "count" resolves to "count_one" / "count_other".
    node = part in record ? record[part] : record[`${part}_other`];
    if (node === undefined) return false;
  }
  return true;
}

test("every t() key used in the UI is defined in English", () => {
  const missing: string[] = [];
  for (const file of sourceFiles(join(__dirname, ".."))) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) {
      if (!has(match[1]!)) missing.push(`${match[1]} (${file.split("/src/")[1]})`);
    }
  }
  expect(missing).toEqual([]);
});
