// The simulation's only source of randomness: a seeded mulberry32 generator whose whole state is
// one uint32 kept inside SimState, so a checkpoint captures it and replay repeats every draw.

export function seedState(seed: number): number {
  // Mix the seed so that small consecutive seeds start far apart.
  let s = (seed ^ 0x9e3779b9) >>> 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
  return (s ^ (s >>> 16)) >>> 0;
}

export interface Rng {
  rng: number;
}

/** A float in [0, 1); advances holder.rng. */
export function nextFloat(holder: Rng): number {
  holder.rng = (holder.rng + 0x6d2b79f5) >>> 0;
  let t = holder.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [0, n). */
export function nextInt(holder: Rng, n: number): number {
  return Math.floor(nextFloat(holder) * n);
}
