// Figures register themselves by file name: TranspedicularPath.astro is <Figure name="transpedicular-path" />.
const modules = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

const kebab = (pascal: string) => pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

export const figures: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [kebab(path.replace(/^\.\/|\.astro$/g, '')), mod.default]),
);
