import type { Observation } from '../store/repository';

/**
 * No time from a content script is later than the background's own clock: a future `seenAt` would win every later
 * merge, a future taxpayer `at` would outlive the real one. The content script stamps times itself; this is the
 * second line, for a sender with a wrong clock or a bug.
 */
export function clampTimes(obs: Observation, now: number): Observation {
  const at = (t: number) => Math.min(t, now);
  return {
    scope: obs.scope && { ...obs.scope, at: at(obs.scope.at) },
    sightings: obs.sightings.map((s) => ({ ...s, seenAt: at(s.seenAt) })),
    signals: obs.signals.map((s) => ({ ...s, at: at(s.at) })),
    taxpayer: obs.taxpayer && { ...obs.taxpayer, at: at(obs.taxpayer.at) },
  };
}
