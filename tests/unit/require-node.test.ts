import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodeProblem } from '../../scripts/require-node.mjs';

describe('the Node check every npm script runs first', () => {
  it('stops Node 20 and 22 (no default .ts support) with one line that says what to do', () => {
    for (const version of ['20.20.2', 'v22.12.0', '22.18.0']) {
      const problem = nodeProblem(version);
      expect(problem).toContain('npm ci');
      expect(problem).toContain(version);
      expect(problem).not.toContain('\n');
    }
  });

  it('passes Node 24 and later', () => {
    expect(nodeProblem('24.0.0')).toBeNull();
    expect(nodeProblem('v26.1.0')).toBeNull();
  });

  it('runs as a script and exits 0 on the Node the tests run on', () => {
    const result = spawnSync(process.execPath, ['scripts/require-node.mjs'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
