CREATE TABLE docs (id int PRIMARY KEY, tenant_id int NOT NULL, title text, published boolean DEFAULT false);
CREATE VIEW published_docs AS SELECT id, tenant_id, title, published FROM docs WHERE published;
CREATE VIEW doc_titles WITH (security_invoker = true) AS SELECT id, title FROM docs;
CREATE VIEW old_report AS SELECT count(*) AS n FROM docs;
GRANT SELECT ON old_report TO PUBLIC;
