// The retry decision as a pure function: no timers, no network, every branch by its inputs.
import { describe, expect, test } from 'vitest';
import { DEFAULT_RETRY, decideRetry, type RetryInput } from './retry.js';

const input = (overrides: Partial<RetryInput> = {}): RetryInput => ({
  reason: 'rate-limited',
  serverDelayMs: undefined,
  attempts: 1,
  elapsedMs: 0,
  policy: DEFAULT_RETRY,
  random: () => 0.5,
  ...overrides,
});

describe('decideRetry', () => {
  test('does not send again when nothing says the request was not processed', () => {
    expect(decideRetry(input({ reason: undefined }))).toEqual({ retry: false });
  });

  test('sends again after the wait the server asked for, plus a little jitter', () => {
    expect(decideRetry(input({ serverDelayMs: 2_000 }))).toEqual({ retry: true, delayMs: 2_250, reason: 'rate-limited' });
  });

  test('backs off exponentially with full jitter when the server names no wait', () => {
    expect(decideRetry(input({ attempts: 1, random: () => 0.999 }))).toMatchObject({ retry: true, delayMs: 499 });
    expect(decideRetry(input({ attempts: 2, random: () => 0.999 }))).toMatchObject({ retry: true, delayMs: 999 });
  });

  test('stops at maxAttempts', () => {
    expect(decideRetry(input({ attempts: 3 }))).toEqual({ retry: false });
    expect(decideRetry(input({ attempts: 2 }))).toMatchObject({ retry: true });
  });

  test('hands back a server wait longer than maxDelayMs instead of waiting', () => {
    expect(decideRetry(input({ serverDelayMs: 30_001 }))).toEqual({ retry: false });
    expect(decideRetry(input({ serverDelayMs: 29_000, random: () => 0 }))).toMatchObject({ retry: true, delayMs: 29_000 });
  });

  test('never waits past maxElapsedMs', () => {
    expect(decideRetry(input({ serverDelayMs: 10_000, elapsedMs: 50_001, random: () => 0 }))).toEqual({ retry: false });
    expect(decideRetry(input({ serverDelayMs: 10_000, elapsedMs: 50_000, random: () => 0 }))).toMatchObject({ retry: true });
  });

  test('keeps the reason it was given', () => {
    expect(decideRetry(input({ reason: 'connection-refused' }))).toMatchObject({ reason: 'connection-refused' });
  });
});
