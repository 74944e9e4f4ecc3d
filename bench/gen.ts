// Deterministic benchmark inputs: a trace of N tool calls (V2 episodes) and a 50-rule policy.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const TOOLS = ['read_file', 'write_file', 'list_dir', 'http_get', 'search_docs', 'send_email', 'authenticate', 'transfer_funds', 'db_query', 'summarise'];

/** A simple LCG so traces are identical on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function writeTrace(path: string, calls: number, callsPerEpisode = 10): Promise<number> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const r = rng(42);
  let lines = 0;
  let buf = '';
  const flush = async () => {
    if (!out.write(buf)) await once(out, 'drain');
    buf = '';
  };
  for (let c = 0, ep = 0; c < calls; ep++) {
    const id = `ep-${ep}`;
    buf += `{"type":"episode_start","episode_id":"${id}","timestamp":${ep * 100},"input":{"prompt":"task ${ep}"},"meta":{"test_id":"t${ep}"}}\n`;
    lines++;
    for (let i = 0; i < callsPerEpisode && c < calls; i++, c++) {
      const tool = i === 0 ? 'authenticate' : TOOLS[Math.floor(r() * TOOLS.length)]!;
      let args: unknown;
      if (tool === 'read_file' || tool === 'write_file' || tool === 'list_dir') args = { path: `/data/project-${Math.floor(r() * 1000)}/file-${i}.json` };
      else if (tool === 'http_get') args = { url: `https://api.example.com/v1/items/${Math.floor(r() * 100000)}` };
      else if (tool === 'send_email') args = { to: `user${Math.floor(r() * 100)}@example.com`, subject: 'Weekly report', body: 'x'.repeat(40) };
      else if (tool === 'transfer_funds') args = { amount: Math.floor(r() * 1000), currency: 'EUR', to: 'ACME' };
      else if (tool === 'db_query') args = { sql: `SELECT * FROM orders WHERE id = ${Math.floor(r() * 1e6)}` };
      else args = { q: `query ${Math.floor(r() * 1e6)}` };
      buf += `{"type":"tool_call","episode_id":"${id}","step_id":"s${i}","timestamp":${ep * 100 + i + 1},"tool_name":"${tool}","call_index":0,"args":${JSON.stringify(args)},"result":{"ok":true},"error":null}\n`;
      lines++;
    }
    buf += `{"type":"episode_end","episode_id":"${id}","timestamp":${ep * 100 + 99},"outcome":"pass","final_output":"done"}\n`;
    lines++;
    if (buf.length > 1 << 20) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return lines;
}

/** 50 rules: deny/allow globs, regex constraints, a JSON Schema, sequences and a limit. */
export const POLICY_50 = `version: "2.0"
name: bench-50
tools:
  allow: [read_file, write_file, list_dir, "http_*", "search_*", send_email, authenticate, transfer_funds, db_query, summarise, "docs.*", "*_lookup", "calendar.*", "crm_*", "kb_*"]
  deny: ["exec*", "shell*", "*_admin", "*sudo*", "rm_*", "drop_*", "kubectl*", "docker_*", "ssh_*", "eval_*", "python_*", "node_*", "powershell*", "cmd_*", "spawn*"]
schemas:
  send_email:
    type: object
    properties:
      to: { type: string, pattern: "^[a-z0-9._-]+@example\\\\.com$" }
      subject: { type: string, maxLength: 200 }
      body: { type: string }
    required: [to, subject]
    additionalProperties: false
constraints:
  - tool: read_file
    params: { path: { matches: "^/data/|^/app/" } }
  - tool: write_file
    params: { path: { matches: "^/data/project-[0-9]+/" } }
  - tool: list_dir
    params: { path: { matches: "^/(data|app)/" } }
  - tool: http_get
    params: { url: { matches: "(?i)^https://api\\\\.example\\\\.com/" } }
  - tool: db_query
    params: { sql: { matches: "(?i)^select " } }
  - tool: search_docs
    params: { q: { matches: "^[^;]{1,200}$" } }
  - tool: summarise
    params: { q: { matches: "\\\\S" } }
  - tool: transfer_funds
    params: { currency: { matches: "^(EUR|USD)$" } }
  - tool: authenticate
    params: { q: { matches: "." } }
enforcement:
  unconstrained_tools: warn
limits:
  max_tool_calls_total: 1000
sequences:
  - type: before
    first: authenticate
    then: transfer_funds
  - type: max_calls
    tool: "http_*"
    max: 50
  - type: never_after
    trigger: send_email
    forbidden: "drop_*"
`;
