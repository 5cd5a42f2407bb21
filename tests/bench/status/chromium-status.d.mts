export interface Heap {
  usedSize: number;
  totalSize: number;
}
export interface StatusTimings {
  emptyPopup: number;
  popupWarm: number;
  popupCold: number;
  dashboard: number;
  rebuildMs: number;
  handOver: { median: number; p95: number };
  settled: { median: number; p95: number };
  heapAfterBuild: Heap | null;
  heapAfterAnswers: Heap | null;
}
export function measureStatus(data: unknown, portalPages: unknown[]): Promise<StatusTimings>;
