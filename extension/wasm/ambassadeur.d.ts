// The JavaScript face of the core (crate/src/wasm.rs), as wasm-bindgen builds it
// into dist/wasm/ambassadeur.js. Only its types live here, for the type check; the
// shapes of its results are the protocol's.
import type { Diagnostic, RuleInfo, Tip } from '../shared/protocol.js';

/** Loads and instantiates the WASM module (once); resolves when the functions below work. */
export default function init(options?: { module_or_path?: string | URL | Request | BufferSource | WebAssembly.Module }): Promise<unknown>;
/** The same, synchronously, from the module's bytes or a compiled module. */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): unknown;

/** Every finding in `text`, messages in English. */
export function check(text: string): Diagnostic[];
/** Every finding in `text`; missing or malformed options fall back to the defaults. */
export function checkWith(text: string, options: { lang?: 'nl' | 'en'; disabled?: string[] }): Diagnostic[];
/** Every rule: id, tip, severity, title and description. */
export function rules(lang: string): RuleInfo[];
/** The ten tips: number, title and text. */
export function tips(lang: string): Tip[];
