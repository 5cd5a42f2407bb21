import { z } from 'zod';
import { HOOK_SOURCE, MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS } from './hook-constants';

/** What the MAIN-world hook posts for each watched call. The page can post look-alikes, so treat it as untrusted. */
export const HookMessage = z.object({
  source: z.literal(HOOK_SOURCE),
  v: z.literal(1),
  id: z.string().min(1).max(128),
  url: z.string().min(1).max(4096),
  method: z.string().min(1).max(16),
  requestBody: z.string().max(MAX_REQUEST_BODY_CHARS).nullable(),
  status: z.number().int().min(0).max(999),
  ok: z.boolean(),
  responseText: z.string().max(MAX_RESPONSE_CHARS).nullable(),
  /** Network failure message (fetch rejected, XHR error/timeout); cut rather than refused, it is still a failure. */
  error: z
    .string()
    .max(100_000)
    .transform((s) => s.slice(0, 1000))
    .optional(),
  at: z.number().finite(),
});
export type HookMessage = z.infer<typeof HookMessage>;

export function parseHookMessage(data: unknown): HookMessage | null {
  // Cheap check first: the portal's own postMessage traffic is far more common than ours.
  if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== HOOK_SOURCE) return null;
  const parsed = HookMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}
