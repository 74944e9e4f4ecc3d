// The tool surface a policy constrains ("Inventory"): exact names from allow/deny, schemas,
// sequence rules, aliases and declared tools, plus each non-universal pattern as one item, covered when
// any seen tool matches it. Also the high-risk names: deny-listed or never_after-forbidden exact names.
import { compileToolPattern, type Policy, type Selector } from '../policy/index.js';

export interface InventoryItem {
  /** The name, or the pattern as written (blocklist substrings as `*p*`). */
  label: string;
  kind: 'name' | 'pattern';
  test(name: string): boolean;
}

export class Inventory {
  private readonly items = new Map<string, InventoryItem>();
  readonly highRisk = new Set<string>();

  get list(): InventoryItem[] {
    return [...this.items.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }

  addName(name: string): void {
    if (!this.items.has(name)) this.items.set(name, { label: name, kind: 'name', test: (n) => n === name });
  }

  /** A pattern: exact → name; universal → nothing (it constrains no particular tool). */
  addPattern(pattern: string): void {
    const p = compileToolPattern(pattern);
    if (p.kind === 'any') return;
    if (p.kind === 'exact') return this.addName(p.text);
    if (!this.items.has(pattern)) this.items.set(pattern, { label: pattern, kind: 'pattern', test: (n) => p.test(n) });
  }

  private selectorNames(p: Policy, sel: Selector): string[] {
    if (sel.isAlias) return [...(p.aliases.get(sel.tool) ?? [])];
    const c = compileToolPattern(sel.tool);
    return c.kind === 'exact' ? [c.text] : [];
  }

  private addSelector(p: Policy, sel: Selector): void {
    if (sel.isAlias) for (const m of p.aliases.get(sel.tool) ?? []) this.addName(m);
    else this.addPattern(sel.tool);
  }

  addPolicy(p: Policy): void {
    const t = p.tools;
    for (const e of t.allow?.entries ?? []) this.addPattern(e.pattern);
    for (const e of t.deny.entries) {
      this.addPattern(e.pattern);
      if (e.matcher.kind === 'exact') this.highRisk.add(e.matcher.text);
    }
    for (const k of p.schemas.keys()) this.addName(k);
    for (const members of p.aliases.values()) for (const m of members) this.addName(m);
    for (const r of p.sequences) {
      switch (r.kind) {
        case 'blocklist':
          this.addPattern(`*${r.pattern}*`);
          break;
        case 'require':
        case 'max_calls':
        case 'eventually':
          this.addSelector(p, r.tool);
          break;
        case 'before':
          this.addSelector(p, r.first);
          this.addSelector(p, r.then);
          break;
        case 'never_after':
          this.addSelector(p, r.trigger);
          this.addSelector(p, r.forbidden);
          for (const n of this.selectorNames(p, r.forbidden)) this.highRisk.add(n);
          break;
        case 'after':
          this.addSelector(p, r.trigger);
          this.addSelector(p, r.then);
          break;
        case 'sequence':
          for (const s of r.tools) this.addSelector(p, s);
          break;
      }
    }
  }
}

/**
 * Declared tools from a file: a JSON array of names, an MCP `tools/list` result (`{"tools":[{"name"}]}`),
 * or text with one name per line (`#` comments).
 */
export function parseDeclaredTools(text: string): string[] {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      const v = JSON.parse(t) as unknown;
      const list = Array.isArray(v) ? v : (v as { tools?: unknown; result?: { tools?: unknown } }).tools ?? (v as { result?: { tools?: unknown } }).result?.tools;
      if (Array.isArray(list)) {
        return list
          .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : ''))
          .filter((x) => x !== '');
      }
    } catch {
      // not JSON: read as lines
    }
  }
  return t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
