-- expect: 4:43: column o.total does not exist
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id int, customer_id int);
CREATE VIEW v AS SELECT c.id, (SELECT sum(o.total) FROM orders o WHERE o.customer_id = c.id) FROM customers c;
