-- Imports run in the background threads of the node that took the upload (ADR 0006). In a cluster
-- (issue 17, ADR 0039) a node that starts may only mark its own cut-off imports failed, never those
-- another node is running: each job records its node (jboss.node.name). Older jobs have none.
ALTER TABLE import_job ADD COLUMN worker_node VARCHAR(120) NULL;
