// The SDK side of bench_stark: the same operations on the same inputs with @scure/starknet 2.4
// (and starknet.js's own @scure/starknet 1.1 through ec.starkCurve). Prints JSON µs per op.
//   node stark_sdk.js <inputs.json>   (run from tests/ so node_modules resolves)
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
const { pathToFileURL } = require('url');
// Packages resolve from tests/node_modules (the working directory).
const req = createRequire(path.join(process.cwd(), 'package.json'));
async function main() {
  const scure = await import(pathToFileURL(req.resolve('@scure/starknet')).href);
  const { ec } = req('starknet');
  const inp = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const time = (n, f) => { f(0); const t = process.hrtime.bigint(); for (let i = 0; i < n; ++i) f(i); return Number(process.hrtime.bigint() - t) / 1000 / n; };
  const a = inp.a.map(BigInt), b = inp.b.map(BigInt), N = a.length;
  const sigs = inp.keys.map((k, i) => scure.sign(inp.hashes[i], k));
  const pubs = inp.keys.map((k) => scure.getPublicKey(k, false));
  const out = {};
  for (const [name, c] of [['scure', scure], ['starknetjs', ec.starkCurve]]) {
    out[name] = {
      pedersen: time(N, (i) => c.pedersen(a[i], b[i])),
      poseidon: time(N, (i) => c.poseidonHashMany([a[i], b[i]])),
      publicKey: time(N, (i) => c.getStarkKey(inp.keys[i])),
      sign: time(N, (i) => c.sign(inp.hashes[i], inp.keys[i])),
      verify: time(N, (i) => c.verify(name === 'scure' ? sigs[i] : new c.Signature(sigs[i].r, sigs[i].s), inp.hashes[i], name === 'scure' ? pubs[i] : Buffer.from(pubs[i]).toString('hex'))),
    };
  }
  process.stdout.write(JSON.stringify(out));
}
main();
