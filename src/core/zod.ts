// The one zod the course uses, without its JIT: zod probes `new Function` once to see whether it may compile
// validators, and a strict Content-Security-Policy reports that probe as a violation even though it is caught.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
