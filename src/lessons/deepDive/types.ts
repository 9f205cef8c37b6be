// A lesson's "Deep dive", after the seed's deep-dive page (seeds/001_*): overview, why it matters,
// a mental model with an analogy, a build-up that asks for a prediction, under the hood, myth
// busters, pitfalls, takeaways. Every claim about behaviour is bound to the event of this run
// that shows it, so its "Show step n" button proves it.
import type { EventMatcher } from '../types';

export interface BuildUpStep {
  /** "Before reading on: … Commit to your answer." */
  question: string;
  answer: string;
  event?: EventMatcher;
}

export interface MythBuster {
  /** A yes/no question the student answers before the reveal. */
  claim: string;
  /** The true answer to the claim's question. */
  truth: boolean;
  /** What really happens, as this run shows it. */
  reality: string;
  /** The event whose step proves it. */
  event: EventMatcher;
}

export interface DeepDive {
  overview: string;
  whyItMatters: string;
  mentalModel: { coreIdea: string; analogy: string };
  buildUp: BuildUpStep[];
  underTheHood: string;
  myths: MythBuster[];
  pitfalls: { mistake: string; fix: string }[];
  takeaways: string[];
  whenNotToUse?: string;
}
