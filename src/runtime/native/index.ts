// The native helper from TypeScript: build, locate, probe (docs/sandbox.md).
export { buildHelper, cachedHelperPath, nativeCacheRoot, NativeUnavailable, HELPER_NAME, INSTALL_HINT, type HelperBuild } from './build.js';
export { locateHelper, helperProtocol, NATIVE_PROTOCOL, type HelperLocation, type HelperOrigin } from './locate.js';
export { runProbe, parseProbe, landlockDetail, ProbeFailed, type ProbeResult, type LandlockStatus } from './probe.js';
export { findNativeSourceDir, nativeSourceHash } from './source.js';
