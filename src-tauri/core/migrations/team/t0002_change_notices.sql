-- Change notices: every statement that appends to the audit log tells the register's
-- listeners (`LISTEN vrr_change`) the newest entry's number when its transaction commits, so
-- other people's screens refresh within moments.
CREATE FUNCTION vrr_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vrr_change', (SELECT max(seq) FROM appended)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER audit_log_change_notice AFTER INSERT ON audit_log
    REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION vrr_notify_change();
