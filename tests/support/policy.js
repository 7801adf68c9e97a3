// Browser policy for the tests: the extension's id as Chromium derives it from the
// manifest's `key`, and a policy file in Chromium's managed policy directory that
// sets the extension's managed storage (`3rdparty.extensions.<id>`).
//
// Chromium on Linux reads every *.json file in /etc/chromium/policies/managed/ at
// start and watches the folder, headless and with --load-extension too. The folder
// is under /etc, so the tests need root; it is made when the machine has none. Every
// Chromium on the machine reads the file while it is there, so a policy test runs a
// copy of the extension under an identity of its own (`withOwnIdentity`): its policy
// never reaches another test's browser, not while it runs at the same time and not
// when a run cut short leaves the file behind. Files that runs cut short left
// (their process is gone) are removed before a browser starts (`removeStalePolicies`).

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
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

/** Whether this process wrote Firefox's policy file (then it is not a stale one). */
let firefoxPolicySet = false;

/** The name of the policy file this process writes. */
const ownPolicyName = () => `ambassadeur-test-${process.pid}.json`;

/** True while process `pid` runs. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * Removes the policy files a test run cut short left in Chromium's policy folder (named
 * after a process that is gone), and a Firefox policy file that holds nothing but a test's
 * policy for an extension of ours. Returns the files removed.
 * @param {{ firefox?: string, geckoIds?: string[] }} [options]  Firefox's executable, and the ids a test may have set a policy for
 * @returns {string[]}
 */
export function removeStalePolicies({ firefox, geckoIds = [] } = {}) {
  const removed = [];
  let names = [];
  try {
    names = fs.readdirSync(CHROMIUM_POLICY_DIR);
  } catch {
    // No policy folder: nothing was left.
  }
  for (const name of names) {
    const pid = Number(name.match(/^ambassadeur-test-(\d+)\.json$/)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    const file = path.join(CHROMIUM_POLICY_DIR, name);
    try {
      fs.rmSync(file);
      removed.push(file);
    } catch {
      // Not ours to remove (no root): the browser tests report what it changes.
    }
  }
  if (firefox && !firefoxPolicySet) {
    const file = firefoxPolicyFile(firefox);
    try {
      const { policies } = JSON.parse(fs.readFileSync(file, 'utf8'));
      const ids = Object.keys(policies?.['3rdparty']?.Extensions ?? {});
      if (Object.keys(policies).length === 1 && ids.length > 0 && ids.every((id) => geckoIds.includes(id))) {
        fs.rmSync(file);
        removed.push(file);
      }
    } catch {
      // No file, not JSON, or not ours to remove.
    }
  }
  return removed;
}

/**
 * Throws, naming the file, when a policy in Chromium's policy folder that this process
 * did not write is set for the extension in `dist` (by the id its manifest's key makes).
 * @param {string} dist
 */
export function assertNoPolicyFor(dist) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  if (!manifest.key) return;
  const id = chromiumExtensionId(manifest.key);
  let names = [];
  try {
    names = fs.readdirSync(CHROMIUM_POLICY_DIR);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === ownPolicyName()) continue;
    const file = path.join(CHROMIUM_POLICY_DIR, name);
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (text.includes(id)) throw new Error(`${file} sets a browser policy for the extension under test (${id}); the tests expect none`);
  }
}

/**
 * A copy of the built extension at `dist` under an identity of its own: another manifest
 * `key` (so another Chromium id) and another gecko id; everything else as shipped. A
 * browser policy written for the copy reaches no browser that runs the extension itself.
 * The copy is removed with `remove()`.
 * @param {string} dist
 * @returns {{ dist: string, remove(): void }}
 */
export function withOwnIdentity(dist) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeur-policy-test-'));
  fs.cpSync(dist, copy, { recursive: true });
  const manifestFile = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  if (manifest.key) {
    const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    manifest.key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  }
  const gecko = manifest.browser_specific_settings?.gecko;
  if (gecko) gecko.id = POLICY_TEST_GECKO_ID;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return { dist: copy, remove: () => fs.rmSync(copy, { recursive: true, force: true }) };
}

/** The gecko id of the copy a policy test runs in Firefox. */
export const POLICY_TEST_GECKO_ID = 'policy-test@ambassadeur.invalid';

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
  const file = path.join(CHROMIUM_POLICY_DIR, ownPolicyName());
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
  firefoxPolicySet = true;
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
