-- The register names the certificate issued in place of a revoked one: found by this index.
CREATE INDEX certificate_replaces ON certificate(replaces_id);
