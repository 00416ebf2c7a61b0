// npm run bench: every part in turn, even when an earlier part misses a target (a slow backend
// figure must not hide the renderer's), then fails if any part did. Build first (npm run build).
import { spawnSync } from 'node:child_process';

const PARTS = ['scripts/benchmark.ts', 'scripts/bench/backend-large.ts', 'scripts/bench/renderer-bench.ts'];

let failed = false;
for (const part of PARTS) {
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', part], { stdio: 'inherit' });
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
