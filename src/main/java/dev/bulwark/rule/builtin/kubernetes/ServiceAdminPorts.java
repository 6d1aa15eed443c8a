package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Service exposed outside the cluster (LoadBalancer or NodePort) publishes no administration or
 * database port: SSH, Telnet, RDP, and the usual ports of SQL and NoSQL databases and caches.
 */
public final class ServiceAdminPorts implements ResourceLogic {
    static final Map<Long, String> ADMIN_PORTS = Map.ofEntries(Map.entry(22L, "SSH"), Map.entry(23L, "Telnet"), Map.entry(3389L, "RDP"),
            Map.entry(3306L, "MySQL"), Map.entry(5432L, "PostgreSQL"), Map.entry(1433L, "SQL Server"), Map.entry(1521L, "Oracle"),
            Map.entry(27017L, "MongoDB"), Map.entry(6379L, "Redis"), Map.entry(11211L, "Memcached"), Map.entry(9200L, "Elasticsearch"),
            Map.entry(5984L, "CouchDB"), Map.entry(2379L, "etcd"), Map.entry(9042L, "Cassandra"));

    @Override public Set<String> resourceTypes() { return Set.of("Service"); }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource service, RuleContext context) {
        String type = K8s.text(K8s.at(service.attributes(), "spec", "type"));
        if (!"LoadBalancer".equals(type) && !"NodePort".equals(type)) {
            return Outcome.notApplicable(K8s.describe(service) + " is not exposed outside the cluster");
        }
        List<Value> ports = K8s.list(K8s.at(service.attributes(), "spec", "ports"));
        for (int i = 0; i < ports.size(); i++) {
            for (String field : List.of("port", "targetPort")) {
                Long p = K8s.number(K8s.at(ports.get(i), field));
                if (p != null && ADMIN_PORTS.containsKey(p)) {
                    return Outcome.fail(K8s.describe(service) + " (" + type + ") exposes " + ADMIN_PORTS.get(p) + " port " + p + " outside the cluster",
                            "spec.ports[" + i + "]." + field);
                }
            }
        }
        return Outcome.pass(K8s.describe(service) + " exposes no administration or database port");
    }
}
