import { fileURLToPath } from 'node:url';
import { VantResolver } from '@vant/auto-import-resolver';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vitest/config';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Served by the server under /sidebar/ (DESIGN §5); hash routing keeps the signed URL stable.
  base: '/sidebar/',
  plugins: [
    vue(),
    // Vant components are imported on demand (component + its style) as templates use them.
    Components({ dirs: [], resolvers: [VantResolver()], dts: 'src/components.d.ts' }),
  ],
  define: {
    // Every component here and in Vant 4 uses the Composition API; dropping the Options API trims Vue.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    alias: {
      '@': fromHere('./src'),
      // The contracts package is consumed from source so the apps never depend on a prior contracts build.
      '@valuelens/contracts': fromHere('../contracts/src/index.ts'),
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: fromHere('./dist'),
    emptyOutDir: true,
    target: 'es2020',
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks; route views and the JS-SDK are split by their dynamic imports.
        codeSplitting: {
          groups: [
            { name: 'vue-vendor', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/, priority: 20 },
            { name: 'vant', test: /node_modules[\\/](vant|@vant)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    // Forked workers end cleanly even when a test leaves a handle open; a stuck test fails instead of hanging.
    pool: 'forks',
    testTimeout: 20_000,
    teardownTimeout: 5_000,
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    // Vant ships CSS side-effect imports; the JS-SDK reads navigator.userAgent at evaluation, so it must
    // be inlined to be re-evaluated per test after vi.resetModules().
    server: { deps: { inline: ['vant', '@wecom/jssdk'] } },
    // The SDK's register() drops its agentConfig promise; a rejected signature (asserted through
    // getContext in the bridge tests) therefore also arrives here. Same rule as isSdkConfigRejection.
    onUnhandledError: (error) => {
      const errMsg = String((error as { errMsg?: unknown }).errMsg ?? '');
      return !/^(agentConfig|config|preVerifyJSAPI):/.test(errMsg);
    },
  },
});
