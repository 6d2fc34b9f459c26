CREATE TABLE docs (id int PRIMARY KEY, tenant_id int NOT NULL, title text, published boolean DEFAULT false);
CREATE VIEW published_docs WITH (security_invoker = true, security_barrier = true) AS
  SELECT id, tenant_id, title, published FROM docs WHERE published WITH LOCAL CHECK OPTION;
CREATE VIEW doc_titles AS SELECT id, title FROM docs;
CREATE VIEW titled_docs AS SELECT * FROM published_docs WHERE title IS NOT NULL WITH CASCADED CHECK OPTION;
