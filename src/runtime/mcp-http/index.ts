// Public API of the `assay mcp proxy` runtime (docs/mcp-proxy.md).
export { HttpProxy, startHttpProxy, prepareHttpProxy, type HttpProxyIo, type HttpProxyResult, type HttpProxyExtras } from './server.js';
export { HTTP_DEFAULTS, isLoopback, parseListen, parseUpstream, type HttpProxyOptions } from './options.js';
export { SseReader, sseMessage, type SseEvent, type SseSink } from './sse.js';
export { ProxySession } from './session.js';
