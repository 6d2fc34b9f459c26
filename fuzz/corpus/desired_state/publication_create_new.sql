CREATE SCHEMA audit;
CREATE TABLE users (id int PRIMARY KEY, email text, password_hash text, active boolean);
CREATE TABLE audit.entries (id int PRIMARY KEY, body text);
CREATE TABLE orders (id int PRIMARY KEY, user_id int, total numeric);
CREATE PUBLICATION app_changes
    FOR TABLE users (email, id) WHERE (active), orders
    WITH (publish = 'update, insert');
CREATE PUBLICATION audit_feed FOR TABLES IN SCHEMA audit, TABLE orders;
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish_via_partition_root = true);
COMMENT ON PUBLICATION everything IS 'for the warehouse';
