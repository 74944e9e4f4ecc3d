// Compact JSON text for values read by the strict scanner: like JSON.stringify (input key order kept),
// plus RawNumber written verbatim so large integers survive the round trip.
import { RawNumber } from './strict-json.js';

export function compactJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'object': {
      if (value instanceof RawNumber) return value.text;
      if (Array.isArray(value)) {
        return '[' + value.map((v) => (v === undefined ? 'null' : compactJson(v))).join(',') + ']';
      }
      const parts: string[] = [];
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined || typeof v === 'function') continue;
        parts.push(JSON.stringify(key) + ':' + compactJson(v));
      }
      return '{' + parts.join(',') + '}';
    }
    default:
      return 'null';
  }
}
