import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vitest/config';

const isTest = process.env['VITEST'] !== undefined;

/**
 * Vendor chunks. Element Plus and ECharts are split per consuming route (`entriesAware`) so a page loads only
 * the components it renders and the entry stays small (STYLE.md: first load ≤ 300 KB gzip).
 * `codeSplitting.groups` is Rolldown's replacement for Rollup's `manualChunks` (Vite 8 bundles with Rolldown).
 */
const vendorChunkGroups = [
  { name: 'vue-vendor', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/, priority: 30 },
  {
    name: 'echarts',
    test: /node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/,
    priority: 20,
    entriesAware: true,
    entriesAwareMergeThreshold: 5_000,
  },
  {
    name: 'element-plus',
    test: /node_modules[\\/](element-plus|@element-plus|@floating-ui|@popperjs|@ctrl|@vueuse|async-validator|dayjs|lodash-es|lodash-unified|memoize-one|normalize-wheel-es)[\\/]/,
    priority: 10,
    entriesAware: true,
    entriesAwareMergeThreshold: 5_000,
  },
];

const vendorName = (name: string) => name.split('~')[0] ?? name;

export default defineConfig({
  base: '/admin/',
  plugins: [
    vue(),
    Components({
      dirs: [],
      dts: 'src/components.d.ts',
      // Tests render components without their CSS (jsdom has no layout), so skip the style side imports there.
      resolvers: [ElementPlusResolver({ importStyle: isTest ? false : 'css' })],
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@valuelens/contracts': fileURLToPath(new URL('../contracts/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5174,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    // The manifest lets scripts/first-load-size.mjs measure the first-load budget.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorChunkGroups },
        // entriesAware chunks are named after every route sharing them; keep only the vendor name.
        chunkFileNames: (chunk) => `assets/${vendorName(chunk.name)}-[hash].js`,
        assetFileNames: (asset) => `assets/${vendorName(asset.names[0] ?? 'asset').replace(/\.[^.]+$/, '')}-[hash][extname]`,
      },
    },
  },
  test: {
    // Forked workers end cleanly even when a test leaves a handle open; a stuck test fails instead of hanging.
    pool: 'forks',
    // The first test of a file pays for transforming Element Plus.
    testTimeout: 20_000,
    teardownTimeout: 5_000,
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    env: { TZ: 'Asia/Shanghai' },
    // Run Element Plus through Vite: its style entries import .css files Node cannot load, and its CommonJS
    // dependency async-validator needs Vite's default-export interop (Node alone hands the form validator an object).
    server: { deps: { inline: [/[\\/]element-plus[\\/]/] } },
  },
});
