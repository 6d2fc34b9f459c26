CREATE TABLE tenants (id uuid PRIMARY KEY);
