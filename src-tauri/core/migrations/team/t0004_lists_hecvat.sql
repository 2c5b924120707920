-- Team schema step 4 (register schema 7): regions on subprocessor-list links; assessments
-- imported from a HECVAT.
ALTER TABLE vendor_edges ADD COLUMN regions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE assessments DROP CONSTRAINT assessments_source_check;
ALTER TABLE assessments ADD CONSTRAINT assessments_source_check CHECK (source IN ('app', 'caiq', 'hecvat'));
