// What the entry does before loading anything else (docs/startup.md).
import module from 'node:module';

/** `assay --version` / `assay -V` and nothing else: answered without loading commander or a command. */
export function isVersionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}

/**
 * V8's on-disk compile cache (Node ≥ 22.1): later starts skip compiling the bundle. Absent on Node 20
 * (no-op); NODE_DISABLE_COMPILE_CACHE turns it off as Node documents. A cache that cannot be opened
 * is reported by Node in the return value, never thrown, and costs nothing but speed.
 */
export function enableCompileCache(): void {
  const enable = (module as unknown as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable === 'function') {
    try {
      enable();
    } catch {
      // start without the cache
    }
  }
}
