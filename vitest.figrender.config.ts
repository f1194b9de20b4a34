import { getViteConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default getViteConfig({ test: { include: ['/tmp/figrender/*.test.ts'], environment: 'node' } } as never, { configFile: false, integrations: [mdx()], i18n: { locales: ['it', 'en'], defaultLocale: 'it', routing: { prefixDefaultLocale: true } } } as never);
