import { getViteConfig } from 'astro/config';
export default getViteConfig({ test: { include: ['/tmp/figrender/*.test.ts'], environment: 'node' } } as never, { configFile: false, i18n: { locales: ['it', 'en'], defaultLocale: 'it', routing: { prefixDefaultLocale: true } } } as never);
