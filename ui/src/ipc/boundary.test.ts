// Architecture check: only src/ipc may import @tauri-apps/*.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

test("only src/ipc imports @tauri-apps", () => {
  const src = join(__dirname, "..");
  const offenders = sourceFiles(src)
    .filter((file) => !relative(src, file).startsWith("ipc"))
    .filter((file) => /from\s+["']@tauri-apps\//.test(readFileSync(file, "utf8")));
  expect(offenders).toEqual([]);
});
