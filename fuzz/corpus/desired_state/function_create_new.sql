CREATE TABLE orders (id int PRIMARY KEY, amount numeric);
CREATE FUNCTION order_total(order_id integer, discount numeric DEFAULT 0)
RETURNS numeric LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE total numeric;
BEGIN
  SELECT amount INTO total FROM orders WHERE id = order_id;
  RETURN total - discount;
END;
$$;
CREATE FUNCTION tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN amount * 0.2;
CREATE FUNCTION with_tax(amount numeric, rate numeric DEFAULT 0.1) RETURNS numeric LANGUAGE sql
BEGIN ATOMIC
  SELECT amount + amount * rate;
END;
CREATE PROCEDURE archive(days integer) LANGUAGE plpgsql AS $$ BEGIN DELETE FROM orders WHERE id < days; END $$;
CREATE FUNCTION list_orders() RETURNS TABLE(id integer, amount numeric) LANGUAGE sql AS $$ SELECT id, amount FROM orders $$;
COMMENT ON FUNCTION tax(numeric) IS 'flat tax';
REVOKE EXECUTE ON FUNCTION order_total(integer, numeric) FROM PUBLIC;
