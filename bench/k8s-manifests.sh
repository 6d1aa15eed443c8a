#!/usr/bin/env bash
# `bulwark scan` on a generated manifest set: N documents (default 5,000) in files of 10 documents
# each, a mix of workloads (Deployment, StatefulSet, CronJob, Pod), Services, NetworkPolicies, Roles
# and RoleBindings over 50 namespaces, as `helm template` writes them (with `# Source:` comments),
# plus 200 YAML and JSON files that are not manifests (values files, compose files, package.json).
# Each scan runs with every rule; wall time and peak memory from /usr/bin/time, three runs.
# Usage: bench/k8s-manifests.sh [N]    (trees under ${K8S_BENCH_DIR:-/tmp/bulwark-k8s-bench})
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-5000}"
dir="${K8S_BENCH_DIR:-/tmp/bulwark-k8s-bench}/docs-$n"
[ -f target/bulwark.jar ] || mvn -q -B -DskipTests package
if [ ! -d "$dir" ]; then
  mkdir -p "$dir/rendered" "$dir/other"
  doc() {  # $1 = document number
    local i=$1 ns="team-$(( $1 % 50 ))" name="app-$1"
    case $(( i % 10 )) in
      0|1|2) cat <<YAML
---
# Source: platform/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $name
  namespace: $ns
  labels: {app: $name}
spec:
  replicas: 2
  selector:
    matchLabels: {app: $name}
  template:
    metadata:
      labels: {app: $name}
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: app
          image: registry.example.com/$ns/$name:1.$(( i % 7 )).0
          ports: [{containerPort: 8080}]
          env:
            - {name: LOG_LEVEL, value: info}
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db, key: password}}
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {drop: [ALL]}
YAML
      ;;
      3) cat <<YAML
---
# Source: platform/templates/statefulset.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: $name, namespace: $ns}
spec:
  serviceName: $name
  selector: {matchLabels: {app: $name}}
  template:
    metadata: {labels: {app: $name}}
    spec:
      hostNetwork: $([ $(( i % 3 )) = 0 ] && echo true || echo false)
      initContainers:
        - {name: init, image: "busybox:1.36", securityContext: {runAsUser: 0}}
      containers:
        - name: db
          image: registry.example.com/db:latest
          volumeMounts: [{name: data, mountPath: /data}]
      volumes:
        - {name: data, hostPath: {path: /var/lib/$name}}
YAML
      ;;
      4) cat <<YAML
---
# Source: platform/templates/cronjob.yaml
apiVersion: batch/v1
kind: CronJob
metadata: {name: $name, namespace: $ns}
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: job
              image: registry.example.com/jobs/$name@sha256:$(printf '%064d' "$i")
YAML
      ;;
      5|6) cat <<YAML
---
# Source: platform/templates/service.yaml
apiVersion: v1
kind: Service
metadata: {name: $name, namespace: $ns}
spec:
  type: $([ $(( i % 4 )) = 0 ] && echo LoadBalancer || echo ClusterIP)
  selector: {app: $name}
  ports: [{port: 443, targetPort: 8080}]
YAML
      ;;
      7) cat <<YAML
---
# Source: platform/templates/networkpolicy.yaml
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: $name, namespace: $ns}
spec:
  podSelector: $([ $(( i % 20 )) = 7 ] && echo '{}' || echo "{matchLabels: {app: app-$(( i - 7 ))}}")
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {role: frontend}}}]
YAML
      ;;
      8) cat <<YAML
---
# Source: platform/templates/role.yaml
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: $name, namespace: $ns}
rules:
  - {apiGroups: [""], resources: [pods, services], verbs: [get, list, watch]}
  - {apiGroups: [apps], resources: [deployments], verbs: ["*"]}
YAML
      ;;
      9) cat <<YAML
---
# Source: platform/templates/rolebinding.yaml
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: $name, namespace: $ns}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-$(( i - 1 ))}
subjects: [{kind: ServiceAccount, name: $name, namespace: $ns}]
YAML
      ;;
    esac
  }
  for ((f = 0; f < n / 10; f++)); do
    { for ((d = 0; d < 10; d++)); do doc $(( f * 10 + d )); done; } > "$dir/rendered/release-$f.yaml"
  done
  for ((f = 0; f < 100; f++)); do
    printf 'replicaCount: 2\nimage:\n  repository: registry.example.com/app-%d\n  tag: "1.0"\nservice: {type: ClusterIP}\n' "$f" > "$dir/other/values-$f.yaml"
    printf '{"name": "ui-%d", "version": "1.0.%d", "dependencies": {"react": "^18.2.0"}}\n' "$f" "$f" > "$dir/other/package-$f.json"
  done
fi
docs=$(cat "$dir"/rendered/*.yaml | grep -c '^---$')
echo "tree: $dir ($docs documents, $(find "$dir" -type f | wc -l) files, $(du -sb "$dir" | cut -f1) bytes)"
for run in 1 2 3; do
  /usr/bin/time -f "scan run=$run wall=%es user=%Us sys=%Ss maxrss=%MKB" ./bulwark scan "$dir" --fail-on none --quiet > /dev/null
done
