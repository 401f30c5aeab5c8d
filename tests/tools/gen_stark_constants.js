// Prints the Starknet constants table (wallet/starkconstants.cpp) from the reference SDK
// @scure/starknet: the STARK curve, Pedersen's five constant points and the Poseidon (Hades,
// width 3) round constants. Reviewers rerun it and diff against the committed table:
//   cd tests && node tools/gen_stark_constants.js
'use strict';
const fs = require('fs');
const path = require('path');

async function main() {
  const s = await import('@scure/starknet');
  const src = fs.readFileSync(path.join(__dirname, '..', 'node_modules', '@scure', 'starknet', 'index.ts'), 'utf8');
  const hex = (n) => '0x' + BigInt(n).toString(16).padStart(64, '0');
  const curve = s.Point.CURVE();
  console.log('curve p     ', hex(curve.p));
  console.log('curve a     ', hex(curve.a));
  console.log('curve b     ', hex(curve.b));
  console.log('curve n     ', hex(curve.n));
  console.log('curve Gx    ', hex(curve.Gx));
  console.log('curve Gy    ', hex(curve.Gy));
  // PEDERSEN_POINTS is not exported: read the five points from the published source.
  const block = src.slice(src.indexOf('const PEDERSEN_POINTS'), src.indexOf('] as const'));
  const nums = [...block.matchAll(/(\d{20,})n/g)].map((m) => m[1]);
  for (let i = 0; i < 5; ++i) console.log(`pedersen P${i}`, hex(nums[2 * i]), hex(nums[2 * i + 1]));
  const rc = s.poseidonSmall.roundConstants;
  rc.forEach((row, i) => console.log(`poseidon ${String(i).padStart(2)}`, row.map(hex).join(' ')));
}
main();
