SET check_function_bodies = false;

BEGIN;

CREATE TABLE public.orders (
    id integer NOT NULL,
    amount numeric,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

CREATE PROCEDURE public.archive(days integer)
    LANGUAGE plpgsql
AS $$ BEGIN DELETE FROM orders WHERE id < days; END $$;

CREATE FUNCTION public.list_orders()
    RETURNS TABLE(id integer, amount numeric)
    LANGUAGE sql
AS $$ SELECT id, amount FROM orders $$;

CREATE FUNCTION public.order_total(order_id integer, discount numeric DEFAULT 0)
    RETURNS numeric
    LANGUAGE plpgsql
    STABLE SECURITY DEFINER
    SET search_path TO public, pg_temp
AS $$
DECLARE total numeric;
BEGIN
  SELECT amount INTO total FROM orders WHERE id = order_id;
  RETURN total - discount;
END;
$$;

CREATE FUNCTION public.tax(amount numeric)
    RETURNS numeric
    LANGUAGE sql
    IMMUTABLE PARALLEL SAFE
RETURN (amount * 0.2);

CREATE FUNCTION public.with_tax(amount numeric, rate numeric DEFAULT 0.1)
    RETURNS numeric
    LANGUAGE sql
BEGIN ATOMIC
  SELECT amount + (amount * rate);
END;

-- hazards: authorization_change
REVOKE EXECUTE ON FUNCTION public.order_total(integer, numeric) FROM PUBLIC;

COMMENT ON FUNCTION public.tax(numeric) IS 'flat tax';

COMMIT;
