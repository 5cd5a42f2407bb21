export interface RecordJobTiming {
  label: string;
  ms: number;
  rssBefore: number;
  rssPeak: number;
  longestTaskMs: number;
  bytes?: number;
  added?: number;
}
export function timeRecordJobs(seed: Uint8Array, passphrase: string): Promise<RecordJobTiming[]>;
