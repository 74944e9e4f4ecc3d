// Dependency direction: src/core is pure, adapters wrap it. Fails with file:line on a violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const rules = [
  {
    dir: 'src/core',
    banned: [
      [/from\s+['"]@actions\//, '@actions/* import'],
      [/from\s+['"]commander['"]/, 'argument parser import'],
      [/\bprocess\.exit\s*\(/, 'process.exit'],
      [/\bconsole\.(log|error|warn|info|debug)\s*\(/, 'console printing'],
      [/\bprocess\.(stdout|stderr)\b/, 'process.stdout/stderr'],
      [/\bprocess\.env\b/, 'process.env'],
      [/\bDate\.now\s*\(/, 'Date.now() (inject a clock)'],
      [/\bMath\.random\s*\(/, 'Math.random() (inject a seed)'],
      [/from\s+['"](\.\.\/)+(action|runtime)\//, 'import of an adapter'],
      [/from\s+['"](\.\.\/)+\.\.\/cli\//, 'import of the CLI'],
      [/from\s+['"]node:(http|https|net|dgram|tls)['"]/, 'network module'],
    ],
  },
  { dir: 'src/runtime', banned: [[/from\s+['"]@actions\//, '@actions/* import'], [/from\s+['"](\.\.\/)+\.\.\/cli\//, 'import of the CLI']] },
  { dir: 'src/action', banned: [[/from\s+['"](\.\.\/)+runtime\//, 'import of runtime'], [/from\s+['"](\.\.\/)+\.\.\/cli\//, 'import of the CLI']] },
  { dir: 'cli', banned: [[/from\s+['"]@actions\//, '@actions/* import'], [/from\s+['"](\.\.\/)+src\/action\//, 'import of the action adapter']] },
];

function* walk(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

let bad = 0;
for (const { dir, banned } of rules) {
  for (const file of walk(dir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      for (const [re, what] of banned) {
        if (re.test(line)) {
          console.error(`${file}:${i + 1}: ${what} is not allowed in ${dir}`);
          bad++;
        }
      }
    });
  }
}
if (bad) {
  console.error(`${bad} boundary violation(s)`);
  process.exit(1);
}
console.log('boundaries ok');
