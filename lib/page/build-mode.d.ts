// Vite's mode (`wxt build --mode e2e` → 'e2e'; Vitest → 'test'), replaced at build time.
interface ImportMetaEnv {
  readonly MODE: string;
}
