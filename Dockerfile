# Tripart: the API and the web app in one image, which every API instance runs (docker-compose.yml
# builds it once). Build: docker build -t tripart .

# Build stage: every package (the web app's too: Vite bundles them) and the build tools.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node tools/scripts/build-api.mjs && node node_modules/vite/bin/vite.js build --config apps/web/vite.config.ts

# Runtime stage: the API's packages only. The web app's (React, Mantine, TipTap, Apollo Client…) are
# devDependencies, already bundled into dist/apps/web; apps/api/test/runtime-dependencies.spec.ts keeps
# `dependencies` to what the API imports.
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/web ./dist/apps/web
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# A first administrator for a new database: ADMIN_EMAIL (see README, First start in production), or
# docker exec <container> node dist/apps/api/apps/api/src/people/create-admin-cli.js <email> [name]
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
