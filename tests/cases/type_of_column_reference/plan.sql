SET check_function_bodies = false;

BEGIN;

CREATE FUNCTION public.account_by_email(address character varying)
    RETURNS bigint
    LANGUAGE sql
    STABLE
AS $$SELECT id FROM accounts WHERE email = address$$;

CREATE FUNCTION public.tag_count(list text[])
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
AS $$SELECT cardinality(list)$$;

COMMIT;
