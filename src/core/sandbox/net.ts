// `net.allow` / `net.bind` entries → TCP ports. Landlock can only express TCP port numbers, so anything
// else (UDP, ranges, addresses, hostnames, a deny list) is refused for the whole run, never half-applied.

export type NetProblemReason =
  | 'protocol_not_tcp'
  | 'port_range_not_allowed'
  | 'cidr_not_expressible'
  | 'destination_not_expressible'
  | 'port_zero_not_allowed'
  | 'malformed_net_entry'
  | 'negative_deny_not_expressible';

export interface NetProblem {
  entry: string;
  field: 'allow' | 'deny' | 'bind';
  reason: NetProblemReason;
}

export interface NetPlan {
  connectPorts: number[];
  /** undefined = bind not restricted. */
  bindPorts?: number[];
  problems: NetProblem[];
}

/** Classify one entry: a port number, or why it is not expressible. */
export function parsePortEntry(raw: string): number | NetProblemReason {
  const s = raw.trim();
  const m = /^(?:(?<scheme>[a-z][a-z0-9+.-]*)(?::|\/))?(?<rest>.*)$/i.exec(s);
  const scheme = m?.groups?.scheme?.toLowerCase();
  let rest = m?.groups?.rest ?? s;
  if (scheme !== undefined && scheme !== 'tcp') {
    // `host:443` parses as scheme "host": decide by what follows.
    if (/^\d+$/.test(rest) && !['udp', 'quic', 'http', 'https', 'sctp', 'icmp'].includes(scheme)) return 'destination_not_expressible';
    if (['udp', 'quic', 'http', 'https', 'sctp', 'icmp', 'ws', 'wss'].includes(scheme)) return 'protocol_not_tcp';
    rest = s;
  }
  if (/^\d+$/.test(rest)) {
    const n = Number(rest);
    if (n === 0) return 'port_zero_not_allowed';
    if (n > 65535) return 'malformed_net_entry';
    return n;
  }
  if (/^\d+\s*-\s*\d+$/.test(rest)) return 'port_range_not_allowed';
  if (/^[\d.]+(\/\d+)?$/.test(rest) || /^[0-9a-f:]*:[0-9a-f:]*(\/\d+)?$/i.test(rest) || /\/\d+$/.test(rest)) return 'cidr_not_expressible';
  if (/[*]/.test(rest) || /^[a-z0-9.-]+(:\d+)?$/i.test(rest) || /^\[.*\](:\d+)?$/.test(rest)) return 'destination_not_expressible';
  return 'malformed_net_entry';
}

export function planNet(net: { allow: readonly string[]; deny: readonly string[]; bind?: readonly string[] }): NetPlan {
  const problems: NetProblem[] = [];
  const ports = (list: readonly string[], field: 'allow' | 'bind'): number[] => {
    const out = new Set<number>();
    for (const e of list) {
      const r = parsePortEntry(e);
      if (typeof r === 'number') out.add(r);
      else problems.push({ entry: e, field, reason: r });
    }
    return [...out].sort((a, b) => a - b);
  };
  const connectPorts = ports(net.allow, 'allow');
  const bindPorts = net.bind !== undefined ? ports(net.bind, 'bind') : undefined;
  for (const e of net.deny) problems.push({ entry: e, field: 'deny', reason: 'negative_deny_not_expressible' });
  return { connectPorts, ...(bindPorts !== undefined ? { bindPorts } : {}), problems };
}
