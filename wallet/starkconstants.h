// The published Starknet constants (curve, Pedersen points, Poseidon round keys) as one
// reviewed data table; each value is a big-endian hex string of 64 digits with a 0x prefix.
#pragma once

namespace fb::stark::constants {

extern const char *const kFieldPrime;
extern const char *const kAlpha;
extern const char *const kBeta;
extern const char *const kOrder;
extern const char *const kGeneratorX;
extern const char *const kGeneratorY;

struct AffinePoint
{
    const char *x;
    const char *y;
};
extern const AffinePoint kPedersenPoints[5];

constexpr int kPoseidonFullRounds = 8;
constexpr int kPoseidonPartialRounds = 83;
constexpr int kPoseidonRounds = kPoseidonFullRounds + kPoseidonPartialRounds;
extern const char *const kPoseidonRoundConstants[kPoseidonRounds][3];
extern const int kPoseidonMds[3][3];

struct Selector
{
    const char *name;
    const char *selector;
};
extern const Selector kSelectors[];
extern const int kSelectorCount;

} // namespace fb::stark::constants
