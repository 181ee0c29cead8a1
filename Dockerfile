# syntax=docker/dockerfile:1
# tanzhong's image: a build stage that compiles the native SQLite module and bundles dist/, and a runtime stage
# with only the production dependencies, dist/ and the files the server reads at run time. No TypeScript is
# compiled at run time. See docs/deploy.md ("Containers") and compose.yaml.

# --- build ---------------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
# better-sqlite3 is compiled from source when no prebuilt binary can be had: python3, make and g++ (node-gyp).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# The image's own node headers: node-gyp never downloads them.
ENV npm_config_nodedir=/usr/local
WORKDIR /app
# Dependencies first, so a change of the sources alone reuses this layer. scripts/no-scarf is a dependency (the
# empty stand-in for swagger-ui-dist's telemetry package). --ignore-scripts skips `prepare` (the build, which needs
# the sources); the two packages whose install scripts matter are rebuilt right after.
COPY package.json package-lock.json ./
COPY scripts/no-scarf/ scripts/no-scarf/
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 esbuild
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime -------------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=8787 \
    DATABASE_URL=/app/data/tanzhong.db
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules/ node_modules/
COPY --from=build /app/scripts/no-scarf/ scripts/no-scarf/
COPY --from=build /app/dist/ dist/
COPY --from=build /app/bin/ bin/
# Read at run time: the shipped packs, the migrations, the pages' style sheet.
COPY --from=build /app/policies/ policies/
COPY --from=build /app/adapters/storage/sqlite/migrations/ adapters/storage/sqlite/migrations/
COPY --from=build /app/adapters/storage/postgres/migrations/ adapters/storage/postgres/migrations/
COPY --from=build /app/server/assets/ server/assets/
# The SQLite file (the default store) lives in a volume owned by the unprivileged user the server runs as.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 8787
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and handles SIGTERM itself (graceful shutdown, SHUTDOWN_TIMEOUT_SECONDS, default 10 s).
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/server.js"]
