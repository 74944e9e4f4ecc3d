import { describe, expect, it } from 'vitest';
import { pascalCase, ruleMeta } from '../../../src/core/report/sarif-rules.js';

describe('ruleMeta', () => {
  it('gives the catalog level and security severity of every fixed rule', () => {
    const table: Array<[string, string, string]> = [
      ['policy/E_TOOL_DENIED', 'error', '8.0'],
      ['policy/E_TOOL_DRIFT', 'error', '8.5'],
      ['policy/E_TOOL_NOT_ALLOWED', 'error', '7.5'],
      ['policy/E_ARG_SCHEMA', 'error', '7.0'],
      ['policy/E_SEQUENCE_VIOLATION', 'error', '6.5'],
      ['policy/E_RATE_LIMIT', 'error', '5.0'],
      ['policy/E_SCHEMA_COMPILE', 'error', '5.0'],
      ['policy/E_TOOL_UNCONSTRAINED', 'warning', '4.0'],
      ['policy/W_RULE_NOT_EXERCISED', 'note', '1.0'],
      ['test/not_exercised', 'note', '1.0'],
      ['test/error', 'error', '4.0'],
      ['test/judge_uncertain', 'error', '4.0'],
      ['test/unstable', 'warning', '3.0'],
      ['baseline/coverage_regression', 'warning', '3.0'],
      ['baseline/missing', 'warning', '2.0'],
      ['baseline/regression', 'error', '5.0'],
      ['baseline/below_floor', 'error', '5.0'],
      ['test/must_contain', 'error', '5.0'],
      ['test/assertion/trace_must_call_tool', 'error', '5.0'],
    ];
    for (const [id, level, sev] of table) {
      // The observed level does not change a fixed rule's default.
      const m = ruleMeta(id, 'note');
      expect([id, m.level, m.securitySeverity]).toEqual([id, level, sev]);
      expect(m.helpText.length).toBeGreaterThan(0);
      expect(m.helpMarkdown.length).toBeGreaterThan(0);
      expect(m.shortDescription.length).toBeLessThanOrEqual(1024);
    }
  });

  it('tags policy rules security/mcp/policy and others assay plus their family', () => {
    expect(ruleMeta('policy/E_TOOL_DENIED', 'error').tags).toEqual(['security', 'mcp', 'policy']);
    expect(ruleMeta('policy/E_NEW_CODE', 'warning').tags).toEqual(['security', 'mcp', 'policy']);
    expect(ruleMeta('test/regex_match', 'error').tags).toEqual(['assay', 'test']);
    expect(ruleMeta('baseline/missing', 'warning').tags).toEqual(['assay', 'baseline']);
    expect(ruleMeta('config/E_CFG_PARSE', 'error').tags).toEqual(['assay', 'config']);
  });

  it('generates the config family from the diagnostic level', () => {
    expect(ruleMeta('config/E_POLICY_PARSE', 'error')).toMatchObject({ name: 'ConfigPolicyParse', level: 'error', securitySeverity: '6.0' });
    expect(ruleMeta('config/W_POLICY_LEGACY', 'warning')).toMatchObject({ level: 'warning', securitySeverity: '3.0' });
    expect(ruleMeta('config/W_TRACE_UNKNOWN_TYPE', 'note')).toMatchObject({ level: 'note', securitySeverity: '1.0' });
  });

  it('names generated rules in PascalCase', () => {
    expect(ruleMeta('test/tool_output_valid', 'error').name).toBe('TestToolOutputValid');
    expect(ruleMeta('test/assertion/trace_max_steps', 'error').name).toBe('TestAssertionTraceMaxSteps');
    expect(ruleMeta('E_EVIDENCE_INTEGRITY', 'error')).toMatchObject({ name: 'EEvidenceIntegrity', tags: ['assay'] });
    expect(pascalCase('a/b-c d')).toBe('ABCD');
    expect(pascalCase('///')).toBe('Rule');
    expect(pascalCase('x'.repeat(400))).toHaveLength(255);
  });
});
