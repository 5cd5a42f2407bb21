/**
 * One step per older record version, each turning version `n` into `n + 1`. A record of version 1 needs none; when
 * the format changes, add the step here, bump RECORD_VERSION and add a fixture of the old version to the tests.
 */
export const RECORD_UPGRADES: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {};
