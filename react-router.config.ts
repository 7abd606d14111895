import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  ssr: true,
  // Every v8 flag is set, so the build prints no future-flag notices. All are on but one:
  // v8_passThroughRequests hands loaders the raw request (`.data` suffix, `_routes` param), and some
  // thirty loaders, middlewares and guards (requireStaff among them) still read `request.url`
  // for paths and redirects; they move to the `url` argument before that flag goes on.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_passThroughRequests: false,
  },
} satisfies Config;
