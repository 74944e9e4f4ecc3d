import { describe, expect, it } from 'vitest';
import { parsePortEntry, planNet } from '../../../src/core/sandbox/net.js';

describe('net entries', () => {
  it.each([
    ['443', 443],
    ['tcp:8443', 8443],
    ['tcp/22', 22],
    ['udp/53', 'protocol_not_tcp'],
    ['quic/443', 'protocol_not_tcp'],
    ['http:80', 'protocol_not_tcp'],
    ['1000-2000', 'port_range_not_allowed'],
    ['10.0.0.0/8', 'cidr_not_expressible'],
    ['192.168.1.1', 'cidr_not_expressible'],
    ['2001:db8::/32', 'cidr_not_expressible'],
    ['example.com', 'destination_not_expressible'],
    ['example.com:443', 'destination_not_expressible'],
    ['*.github.com', 'destination_not_expressible'],
    ['0', 'port_zero_not_allowed'],
    ['70000', 'malformed_net_entry'],
    ['a b', 'malformed_net_entry'],
  ])('%s → %s', (entry, want) => {
    expect(parsePortEntry(entry)).toBe(want);
  });

  it('sorts and deduplicates ports; every deny entry is inexpressible', () => {
    const p = planNet({ allow: ['443', 'tcp:80', '443'], deny: ['1.2.3.4'] });
    expect(p.connectPorts).toEqual([80, 443]);
    expect(p.bindPorts).toBeUndefined();
    expect(p.problems).toEqual([{ entry: '1.2.3.4', field: 'deny', reason: 'negative_deny_not_expressible' }]);
    expect(planNet({ allow: [], deny: [], bind: [] }).bindPorts).toEqual([]);
  });
});
