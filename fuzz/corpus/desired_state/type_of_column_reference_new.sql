CREATE TABLE accounts (id bigint, email varchar(200), tags text[]);
-- %TYPE takes the column's type when the function is created (its modifiers dropped).
CREATE FUNCTION account_by_email(address accounts.email%TYPE) RETURNS accounts.id%TYPE
  LANGUAGE sql STABLE AS 'SELECT id FROM accounts WHERE email = address';
CREATE FUNCTION tag_count(list public.accounts.tags%TYPE) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT cardinality(list)';
