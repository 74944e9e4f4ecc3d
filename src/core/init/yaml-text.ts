// Tiny helpers for the YAML we generate from templates. Strings are always double-quoted so no value
// (a tool name like `yes`, `*`, `- x`, `a: b`) can change meaning; output is plain text we control.

/** A YAML 1.2 double-quoted scalar. JSON escapes plus `\uXXXX` for what YAML does not allow raw. */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/** `[a, b]` flow list of quoted strings. */
export function yamlFlowList(items: readonly string[]): string {
  return '[' + items.map(yamlString).join(', ') + ']';
}
