#!/usr/bin/env bash
# Wall time and peak memory of `bulwark scan` on a tree of N generated Dockerfiles (default 500) in
# the shapes real projects use: multi-stage builds with named stages, global ARGs in FROM, line
# continuations, here-documents, exec and shell forms, COPY --from; a third of them fail rules.
# The tree is written under ${DOCKER_BENCH_DIR:-/tmp/bulwark-dockerfiles}; each scan runs RUNS times (default 3).
# Usage: bench/dockerfiles-scan.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-500}"
base="${DOCKER_BENCH_DIR:-/tmp/bulwark-dockerfiles}"
out="$base/tree-$n"
rm -rf "$out"
for i in $(seq 1 "$n"); do
  dir="$out/services/svc-$i"
  mkdir -p "$dir"
  case $((i % 3)) in
    0) cat > "$dir/Dockerfile" <<DOCKERFILE
# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22.$((i % 7))
FROM --platform=\$BUILDPLATFORM golang:\${GO_VERSION}-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" \\
    -o /out/svc-$i ./cmd/svc

FROM gcr.io/distroless/static-debian12:nonroot@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS runtime
COPY --from=build /out/svc-$i /svc
EXPOSE $((8000 + i % 1000))
USER 65532:65532
ENTRYPOINT ["/svc"]
DOCKERFILE
    ;;
    1) cat > "$dir/Dockerfile.prod" <<DOCKERFILE
ARG NODE=20
FROM node:\${NODE}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM deps AS build
COPY . .
RUN <<SCRIPT
set -eu
npm run build
npm prune --omit=dev
SCRIPT

FROM node:\${NODE}-bookworm-slim
ENV NODE_ENV=production \\
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=deps /app/node_modules ./node_modules
EXPOSE 3000
USER node
CMD ["node", "dist/server.js"]
DOCKERFILE
    ;;
    2) cat > "$dir/worker.Dockerfile" <<DOCKERFILE
FROM ubuntu:latest
ENV DB_PASSWORD=changeme-$i
RUN apt-get update && \\
    apt-get install -y --allow-unauthenticated curl openssh-server && \\
    rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://example.com/setup-$i.sh | bash
ADD https://example.com/agent-$i.tar.gz /opt/
EXPOSE 22 8080
CMD ["/opt/agent/run"]
DOCKERFILE
    ;;
  esac
done
echo "$n Dockerfiles, $(du -sb "$out" | cut -f1) bytes, in $out"
./bulwark rules > /dev/null   # builds the jar and its class-data archive when needed
for run in $(seq 1 "${RUNS:-3}"); do
  /usr/bin/time -v ./bulwark scan "$out" --fail-on none --quiet 2> "$base/time.txt" > /dev/null
  awk -v run="$run" -F': ' '/Elapsed \(wall/ {w=$2} /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
      END {printf "run %s: wall=%s user=%ss sys=%ss maxrss=%d MiB\n", run, w, u, s, m/1024}' "$base/time.txt"
done
