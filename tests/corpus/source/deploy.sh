#!/usr/bin/env bash
# Deploy the API to the staging cluster. Needs GITHUB_TOKEN and DOCKER_PASSWORD in the environment.
set -euo pipefail

IMAGE="registry.example.com/acme/api:${GIT_SHA:-latest}"
echo "${DOCKER_PASSWORD}" | docker login registry.example.com -u ci --password-stdin
docker build -t "$IMAGE" --build-arg VERSION=2.3.1 .
docker push "$IMAGE"

export GITHUB_TOKEN="${GITHUB_TOKEN:?set GITHUB_TOKEN}"
gh release create "v2.3.1" --notes-file CHANGELOG.md

kubectl --context staging set image deployment/api api="$IMAGE"
kubectl --context staging rollout status deployment/api --timeout=120s
curl -fsS -H "Authorization: Bearer ${DEPLOY_TOKEN}" https://hooks.example.com/deployed?sha="${GIT_SHA:-unknown}"
