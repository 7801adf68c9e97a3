// Browser policy for the tests: the extension's id as Chromium derives it from the
// manifest's `key`, and a policy file in Chromium's managed policy directory that
// sets the extension's managed storage (`3rdparty.extensions.<id>`).
//
// Chromium on Linux reads every *.json file in /etc/chromium/policies/managed/ at
// start and watches the folder, headless and with --load-extension too. The folder
// is under /etc, so the tests need root; it is made when the machine has none. Every
// Chromium on the machine reads the file while it is there (it names this
// extension's id only): remove it as soon as the test is done.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an extension whose manifest has this `key`: the SHA-256 of the
 * public key (DER, the key's base64 decoded), its first 32 hex digits written with the
 * letters a–p for 0–f.
 * @param {string} key  the manifest's `key`
 */
export function chromiumExtensionId(key) {
  const hex = crypto.createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}

/** True when this process may write Chromium's policy directory. */
export function canSetChromiumPolicy() {
  return process.getuid?.() === 0;
}

/**
 * Writes a policy that gives the extension `managed` as its managed storage, creating
 * the policy directory if the machine has none. Returns what removes the file again
 * (and the directories it created, when empty).
 * @param {string} extensionId
 * @param {object} managed
 * @returns {{ file: string, remove(): void }}
 */
export function setChromiumPolicy(extensionId, managed) {
  const created = fs.mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true, mode: 0o755 });
  const file = path.join(CHROMIUM_POLICY_DIR, `ambassadeur-test-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: managed } } }), { mode: 0o644 });
  return {
    file,
    remove() {
      fs.rmSync(file, { force: true });
      if (!created) return;
      // The folders this call made, innermost first, while they are empty.
      for (let dir = CHROMIUM_POLICY_DIR; dir.startsWith(created); dir = path.dirname(dir)) {
        try {
          fs.rmdirSync(dir);
        } catch {
          return;
        }
      }
    },
  };
}

// Firefox reads its enterprise policies once, at start, from `distribution/policies.json`
// in its install folder (beside the binary the tests run); `3rdparty.Extensions.<id>`
// becomes the managed storage of the extension with that gecko id. The file is
// Firefox's whole policy: one the machine had is put back afterwards.

/** The policy file of the Firefox at `executable` (symlinks followed). */
export function firefoxPolicyFile(executable) {
  return path.join(path.dirname(fs.realpathSync(executable)), 'distribution', 'policies.json');
}

/** True when this process may write that Firefox's policy file. */
export function canSetFirefoxPolicy(executable) {
  try {
    const dir = path.dirname(firefoxPolicyFile(executable));
    fs.accessSync(fs.existsSync(dir) ? dir : path.dirname(dir), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a Firefox policy that gives the extension `managed` as its managed storage.
 * Returns what puts the machine's own file (or none) back.
 * @param {string} executable
 * @param {string} geckoId
 * @param {object} managed
 * @returns {{ file: string, remove(): void }}
 */
export function setFirefoxPolicy(executable, geckoId, managed) {
  const file = firefoxPolicyFile(executable);
  const created = fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
  const previous = fs.existsSync(file) ? fs.readFileSync(file) : null;
  fs.writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [geckoId]: managed } } } }), { mode: 0o644 });
  let removed = false;
  return {
    file,
    remove() {
      if (removed) return;
      removed = true;
      if (previous) fs.writeFileSync(file, previous);
      else fs.rmSync(file, { force: true });
      if (created) fs.rmSync(created, { recursive: true, force: true });
    },
  };
}
