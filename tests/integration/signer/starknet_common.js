// Starknet reference derivations and transaction building, shared by the fixture generator
// (tests/tools/gen_starknet_fixtures.js) and the interop script. Only SDK calls: starknet.js,
// @scure/starknet (through starknet.js) and the reference BIP32.
'use strict';

const abandon = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const legal = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const STRK = '0x04718f5a0fc34cc1af16a1cdee98ffb20c31f5cd61d6ab07201858f4287c938d';
const OZ_CLASS = '0x05b4b537eaa2399e3aa99c4e2e0208ebd6c71bc1467938cd52c798c601e43564';
const ARGENT_CLASS = '0x036078334509b514626504edc9fb252328d1a240e4e948bef8d0c08dff45927f';

// Argent X (argent-starknet-recover getStarkPair): the Ethereum key at m/44'/60'/0'/0/0 seeds a
// second BIP32 master, as ethers' BigNumber.toHexString() writes it (leading zero bytes
// dropped); m/44'/9004'/0'/0/i of that master, ground.
function argentKey(bip32, seed, index) {
  const { ec } = require('starknet');
  const eth = bip32.fromSeed(seed).derivePath("m/44'/60'/0'/0/0").privateKey;
  let hex = BigInt('0x' + Buffer.from(eth).toString('hex')).toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const child = bip32.fromSeed(Buffer.from(hex, 'hex')).derivePath(`m/44'/9004'/0'/0/${index}`);
  return '0x' + ec.starkCurve.grindKey('0x' + Buffer.from(child.privateKey).toString('hex'));
}

// Braavos: m/44'/9004'/0'/0/i from the BIP39 seed itself, ground.
function braavosKey(bip32, seed, index) {
  const { ec } = require('starknet');
  const child = bip32.fromSeed(seed).derivePath(`m/44'/9004'/0'/0/${index}`);
  return '0x' + ec.starkCurve.grindKey('0x' + Buffer.from(child.privateKey).toString('hex'));
}

function pad(addr) { return '0x' + BigInt(addr).toString(16).padStart(64, '0'); }

function ozAddress(starknet, pub) {
  return pad(starknet.hash.calculateContractAddressFromHash(pub, OZ_CLASS, starknet.CallData.compile({ publicKey: pub }), 0));
}
function argentAddress(starknet, pub) {
  return pad(starknet.hash.calculateContractAddressFromHash(pub, ARGENT_CLASS, ['0x0', pub, '0x1'], 0));
}

function strkTransfer(recipient, amount) {
  const { CallData, uint256 } = require('starknet');
  return { contractAddress: STRK, entrypoint: 'transfer', calldata: CallData.compile({ recipient, amount: uint256.bnToUint256(amount) }) };
}

const hx = (n) => '0x' + BigInt(n).toString(16);

// Our file form: the JSON-RPC INVOKE_TXN_V3 fields plus chain_id.
function invokeJson(starknet, o) {
  const calldata = starknet.transaction.getExecuteCalldata(o.calls, '1').map(hx);
  const b = (x) => ({ max_amount: hx(x[0]), max_price_per_unit: hx(x[1]) });
  return {
    type: 'INVOKE', version: '0x3', sender_address: o.sender, calldata, signature: [], nonce: o.nonce,
    resource_bounds: { l1_gas: b(o.bounds.l1_gas), l2_gas: b(o.bounds.l2_gas), l1_data_gas: b(o.bounds.l1_data_gas) },
    tip: o.tip, paymaster_data: o.paymasterData.map(hx), account_deployment_data: [],
    nonce_data_availability_mode: o.nonceDa, fee_data_availability_mode: o.feeDa, chain_id: o.chainId,
  };
}

// The transaction hash starknet.js computes for such a file.
function invokeHash(starknet, tx) {
  const da = (m) => (m === 'L1' ? starknet.RPC.EDataAvailabilityMode.L1 : starknet.RPC.EDataAvailabilityMode.L2);
  const bounds = {};
  for (const k of ['l1_gas', 'l2_gas', 'l1_data_gas'])
    bounds[k] = { max_amount: BigInt(tx.resource_bounds[k].max_amount), max_price_per_unit: BigInt(tx.resource_bounds[k].max_price_per_unit) };
  return starknet.hash.calculateInvokeTransactionHash({
    senderAddress: tx.sender_address, version: '0x3', compiledCalldata: tx.calldata, chainId: tx.chain_id, nonce: tx.nonce,
    accountDeploymentData: tx.account_deployment_data, nonceDataAvailabilityMode: starknet.stark.intDAM(da(tx.nonce_data_availability_mode)),
    feeDataAvailabilityMode: starknet.stark.intDAM(da(tx.fee_data_availability_mode)), resourceBounds: bounds, tip: tx.tip,
    paymasterData: tx.paymaster_data,
  });
}

module.exports = { abandon, legal, STRK, OZ_CLASS, ARGENT_CLASS, argentKey, braavosKey, ozAddress, argentAddress, strkTransfer, invokeJson, invokeHash, pad };
