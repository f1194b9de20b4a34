import { describe, expect, it } from 'vitest';
import { globalConfig } from 'zod/v4/core';
import { z } from './zod';

describe('zod as the course uses it', () => {
  it('never probes eval (a strict CSP would report it) and still validates', () => {
    expect(globalConfig.jitless).toBe(true);
    expect(z.object({ a: z.number() }).safeParse({ a: 1 }).success).toBe(true);
    expect(z.object({ a: z.number() }).safeParse({ a: 'x' }).success).toBe(false);
  });
});
