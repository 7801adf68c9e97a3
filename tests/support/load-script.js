// Loads one of the extension's classic scripts into a fresh context, with the
// globals it expects, so its pure parts can be unit-tested in Node.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { repoRoot } from './browser.js';

export function loadScript(relativePath, globals = {}) {
  const context = vm.createContext({ ...globals });
  context.globalThis = context;
  vm.runInContext(fs.readFileSync(path.join(repoRoot, relativePath), 'utf8'), context, { filename: relativePath });
  return context;
}
